package org.safesurgeries.portal.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.safesurgeries.portal.certificate.CertificateStatus;
import org.safesurgeries.portal.certificate.Verification;
import org.safesurgeries.portal.shared.ui.DateFormats;

/** One verified certificate: what it certifies, for whom, its dates and its status now. */
class VerificationCard extends Div {

    VerificationCard(Verification v) {
        addClassName("portal-card");
        setId("verification-result");
        var status = new Span(v.status().label());
        status.setId("verification-status");
        status.addClassNames("portal-badge", v.status() == CertificateStatus.VALID ? "portal-badge-done"
                : "portal-badge-overdue");
        var facts = new UnorderedList(
                new ListItem("Practice: " + v.practiceName() + " (ODS code " + v.odsCode() + ")"),
                new ListItem("Issued: " + DateFormats.DAY.format(v.issuedOn())),
                new ListItem(v.expiresOn() == null ? "No expiry date"
                        : (v.status() == CertificateStatus.EXPIRED ? "Expired: " : "Valid until: ")
                        + DateFormats.DAY.format(v.expiresOn())),
                new ListItem("Code: " + v.code()));
        if (v.holderName() != null) {
            facts.addComponentAsFirst(new ListItem("Awarded to: " + v.holderName()));
        }
        add(new H2(v.kind().label()), new Paragraph(new Span("Status: "), status, new Span(since(v))), facts);
        if (v.currentCode() != null) {
            add(new Paragraph(new Span("The current certificate is "),
                    new Anchor("verify/" + v.currentCode().replace("-", ""), v.currentCode()), new Span(".")));
        }
        add(new Paragraph(VerifyView.pdfLink(v)));
    }

    private static String since(Verification v) {
        return switch (v.status()) {
            case SUSPENDED, REVOKED, SUPERSEDED -> v.statusChangedOn() == null ? ""
                    : " since " + DateFormats.DAY.format(v.statusChangedOn());
            default -> "";
        };
    }
}
