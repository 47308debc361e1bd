package org.safesurgeries.portal.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.certificate.CertificateService;
import org.safesurgeries.portal.certificate.CertificateService.Change;
import org.safesurgeries.portal.certificate.CertificateService.IssuedCertificate;
import org.safesurgeries.portal.certificate.CertificateStatus;
import org.safesurgeries.portal.certificate.Verification;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.safesurgeries.portal.shared.ui.ReasonDialog;
import org.springframework.data.domain.PageRequest;

/**
 * Every issued certificate, newest first, found by code, practice or holder; reviewers and admins suspend,
 * reinstate or revoke one with a reason, or re-issue it (e.g. after the practice changed its name).
 */
@Route("certificates")
@PageTitle("Certificates · Safe Surgery portal")
@Menu(title = "Certificates", order = 26, icon = "vaadin:diploma-scroll")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
class CertificatesView extends VerticalLayout {

    private final CertificateService certificates;
    private final Grid<IssuedCertificate> grid = new Grid<>();

    CertificatesView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("portal-page");
        var search = new TextField("Code, practice, ODS code or holder");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("certificate-search");
        grid.addComponentColumn(c -> new Anchor("verify/" + Verification.inAddress(c.code()), c.code()))
                .setHeader("Code").setWidth("11.5rem").setFlexGrow(0);
        grid.addColumn(c -> c.kind().label()).setHeader("Certificate").setFlexGrow(1);
        grid.addColumn(c -> c.practiceName() + " (" + c.odsCode() + ")"
                + (c.holderName() == null ? "" : " · " + c.holderName())).setHeader("For").setFlexGrow(2);
        grid.addColumn(c -> DateFormats.DAY.format(c.issuedOn())).setHeader("Issued").setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(CertificatesView::status).setHeader("Status").setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Actions").setWidth("19rem").setFlexGrow(0);
        grid.setEmptyStateText("No certificate matches.");
        grid.setItems(q -> certificates.search(search.getValue(), PageRequest.of(q.getPage(), q.getPageSize()))
                .stream());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H1("Certificates"), new Paragraph("Certificates are issued when an award is granted, a declaration "
                + "is signed or reconfirmed, and a named member of staff attends training. Anyone can check one at "
                + "/verify."), new HorizontalLayout(search), grid);
        setSizeFull();
        grid.setSizeFull();
    }

    private static Span status(IssuedCertificate c) {
        var badge = new Span(c.status().label());
        badge.addClassNames("portal-badge", c.status() == CertificateStatus.VALID ? "portal-badge-done"
                : "portal-badge-overdue");
        return badge;
    }

    private HorizontalLayout actions(IssuedCertificate c) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        switch (c.status()) {
            case VALID, EXPIRED -> actions.add(change(c, Change.SUSPEND, "Suspend"), change(c, Change.REVOKE, "Revoke"),
                    reissue(c));
            case SUSPENDED -> actions.add(change(c, Change.REINSTATE, "Reinstate"), change(c, Change.REVOKE, "Revoke"));
            default -> { }
        }
        return actions;
    }

    private Button change(IssuedCertificate c, Change change, String verb) {
        var button = new Button(verb, e -> new ReasonDialog(verb + " certificate " + c.code() + "?",
                switch (change) {
                    case SUSPEND -> "The verification page will show it as suspended until it is reinstated.";
                    case REINSTATE -> "The verification page will show it as valid again.";
                    case REVOKE -> "Revoking is final: the verification page will show it as revoked.";
                }, verb, change != Change.REINSTATE, reason -> {
            certificates.change(c.id(), c.version(), change, reason);
            grid.getDataProvider().refreshAll();
            return "Certificate " + c.code() + ": " + verb.toLowerCase() + "d.";
        }, () -> grid.getDataProvider().refreshAll()).open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(verb + " certificate " + c.code());
        button.setId(verb.toLowerCase() + "-" + c.code());
        return button;
    }

    private Button reissue(IssuedCertificate c) {
        var button = new Button("Re-issue", e -> {
            var dialog = new ConfirmDialog("Re-issue certificate " + c.code() + "?", "A new certificate with a new "
                    + "code and the practice's current name replaces this one, which then shows as replaced.",
                    "Re-issue", ok -> {
                if (Feedback.attempt(() -> certificates.reissue(c.id()))) {
                    Feedback.done("Re-issued.");
                    grid.getDataProvider().refreshAll();
                }
            });
            dialog.setCancelable(true);
            dialog.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel("Re-issue certificate " + c.code());
        return button;
    }
}
