package org.safesurgeries.portal.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.certificate.CertificateService;
import org.safesurgeries.portal.certificate.CertificateService.IssuedCertificate;
import org.safesurgeries.portal.certificate.CertificateStatus;
import org.safesurgeries.portal.certificate.Verification;
import org.safesurgeries.portal.practice.PracticePages;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.ScrollRegion;

import java.util.List;

/** A practice's certificates (award, declaration, staff training), each with its public check and its PDF. */
@Route("certificates/practice/:practiceId?")
@PageTitle("Certificates · Safe Surgery portal")
@Menu(title = "Our certificates", order = 17, icon = "vaadin:diploma-scroll")
@RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
class PracticeCertificatesView extends Div implements BeforeEnterObserver {

    private final CertificateService certificates;
    private final PracticeService practices;

    PracticeCertificatesView(CertificateService certificates, PracticeService practices) {
        this.certificates = certificates;
        this.practices = practices;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PracticePages.open(event, practices, PracticeCertificatesView.class, this, "Certificates", practiceId -> {
            var practice = practices.get(practiceId);
            add(new H1("Certificates: " + practice.name()), new Paragraph("Certificates are issued when you sign or "
                    + "reconfirm your Safe Surgery declaration, when you receive the Sanctuary in Healthcare award, "
                    + "and for each named member of staff at a training session. Each is signed by the portal and "
                    + "anyone can check it with its code."), new H2("Issued"), table(certificates.certificatesOf(
                    practiceId)));
        });
    }

    private static Div table(List<IssuedCertificate> issued) {
        if (issued.isEmpty()) {
            var empty = new Paragraph("No certificates yet.");
            empty.addClassName("portal-empty");
            return new Div(empty);
        }
        var head = new NativeTableRow();
        for (String title : new String[] {"Certificate", "Issued", "Valid until", "Status", "Code", "PDF"}) {
            head.add(new NativeTableHeaderCell(title));
        }
        var body = new NativeTableBody();
        for (var c : issued) {
            var status = new Span(c.status().label());
            status.addClassNames("portal-badge", c.status() == CertificateStatus.VALID ? "portal-badge-done"
                    : "portal-badge-todo");
            String code = Verification.inAddress(c.code());
            var pdf = new Anchor("verify/" + code + "/pdf", "Download");
            pdf.setRouterIgnore(true);
            pdf.getElement().setAttribute("aria-label", "Download certificate " + c.code());
            body.add(new NativeTableRow(new NativeTableHeaderCell(c.kind().label()
                    + (c.holderName() == null ? "" : ": " + c.holderName())),
                    new NativeTableCell(DateFormats.DAY.format(c.issuedOn())),
                    new NativeTableCell(c.expiresOn() == null ? "—" : DateFormats.DAY.format(c.expiresOn())),
                    new NativeTableCell(status), new NativeTableCell(new Anchor("verify/" + code, c.code())),
                    new NativeTableCell(pdf)));
        }
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("portal-table");
        return new ScrollRegion("Certificates", table);
    }
}
