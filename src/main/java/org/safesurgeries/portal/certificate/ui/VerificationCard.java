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

/**
 * One verified certificate: what it certifies, for whom, its dates and its status now. The page a QR code opens
 * ({@code VerifyPage}) lists the same facts in plain HTML.
 */
class VerificationCard extends Div {

    VerificationCard(Verification v) {
        addClassName("portal-card");
        setId("verification-result");
        var status = new Span(v.status().label());
        status.setId("verification-status");
        status.addClassNames("portal-badge", v.status() == CertificateStatus.VALID ? "portal-badge-done"
                : "portal-badge-overdue");
        var facts = new UnorderedList(v.facts().stream().map(ListItem::new).toArray(ListItem[]::new));
        add(new H2(v.kind().label()), new Paragraph(new Span("Status: "), status, new Span(v.since())), facts);
        if (v.currentCode() != null) {
            add(new Paragraph(new Span("The current certificate is "),
                    new Anchor("verify/" + Verification.inAddress(v.currentCode()), v.currentCode()), new Span(".")));
        }
        add(new Paragraph(VerifyView.pdfLink(v)));
    }
}
