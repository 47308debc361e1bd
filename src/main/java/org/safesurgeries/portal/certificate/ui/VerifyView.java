package org.safesurgeries.portal.certificate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import org.safesurgeries.portal.certificate.CertificateService;
import org.safesurgeries.portal.certificate.Verification;
import org.safesurgeries.portal.certificate.VerificationThrottle;

import java.util.Optional;

/**
 * Anyone checks a certificate: type its code (or open the link its QR code carries), or upload the PDF. The page
 * shows what it certifies and its live status; an unknown or malformed code gets one neutral answer.
 */
@Route("verify/:code?")
@PageTitle("Verify a certificate · Safe Surgery portal")
@Menu(title = "Verify a certificate", order = 4, icon = "vaadin:check-circle-o")
@AnonymousAllowed
class VerifyView extends Div implements BeforeEnterObserver {

    static final long MAX_UPLOAD = 12L * 1024 * 1024;

    private final CertificateService certificates;
    private final VerificationThrottle throttle;
    private final Div result = new Div();

    VerifyView(CertificateService certificates, VerificationThrottle throttle) {
        this.certificates = certificates;
        this.throttle = throttle;
        addClassName("portal-page");
        result.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var code = new TextField("Verification code");
        code.setHelperText("Printed under the QR code, e.g. 7KQ3-M9TX-2HCP-4R");
        code.setId("verification-code");
        // Only letters and digits make a code (dashes and spaces are for reading it); anything else typed, such as a
        // slash or a #, would make another address.
        var check = new Button("Check", e -> UI.getCurrent().navigate(VerifyView.class,
                new RouteParameters("code", code.getValue().replaceAll("[^A-Za-z0-9]", ""))));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(new H1("Verify a certificate"), new Paragraph("Certificates from the Safe Surgeries network and City of "
                + "Sanctuary carry a code and a QR code. Check here that a certificate is genuine and still valid."),
                new Div(code, check), result, new H2("Or check a certificate file"),
                new Paragraph("Upload the PDF you were given: it is compared with the certificates we issued and is not "
                        + "kept."), upload());
        result.removeAll();
        event.getRouteParameters().get("code").ifPresent(typed -> {
            code.setValue(typed);
            show(lookup(() -> certificates.verify(typed)));
        });
    }

    private Upload upload() {
        var upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            var ui = UI.getCurrent();
            var found = lookup(() -> certificates.verifyFile(bytes));
            ui.access(() -> {
                show(found);
                upload.clearFileList();
            });
        }));
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setMaxFileSize((int) MAX_UPLOAD);
        upload.setMaxFiles(1);
        upload.setId("verify-upload");
        upload.addFileRejectedListener(e -> notFound("The file was refused: " + e.getErrorMessage()));
        return upload;
    }

    /** Empty optional: not found; null: the client is over its limit. */
    private Optional<Verification> lookup(java.util.function.Supplier<Optional<Verification>> query) {
        var request = VaadinRequest.getCurrent();
        String client = request == null ? "unknown" : request.getRemoteAddr();
        return throttle.allow(client) ? query.get() : null;
    }

    private void show(Optional<Verification> found) {
        result.removeAll();
        if (found == null) {
            notFound("Too many checks from your connection. Please wait a minute and try again.");
        } else if (found.isEmpty()) {
            notFound("No certificate matches. Check the code (it has 14 letters and digits) or ask the practice.");
        } else {
            result.add(new VerificationCard(found.get()));
        }
    }

    private void notFound(String text) {
        result.removeAll();
        var message = new Paragraph(text);
        message.addClassName("portal-error");
        message.setId("verification-not-found");
        result.add(message);
    }

    static Anchor pdfLink(Verification v) {
        var link = new Anchor("verify/" + Verification.inAddress(v.code()) + "/pdf", "Open the certificate (PDF)");
        link.setRouterIgnore(true);
        return link;
    }
}
