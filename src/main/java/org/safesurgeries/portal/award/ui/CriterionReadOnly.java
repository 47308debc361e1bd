package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.safesurgeries.portal.award.ApplicationDetails;
import org.safesurgeries.portal.award.CriteriaSet.Criterion;
import org.safesurgeries.portal.award.EvidenceService;

/** A criterion as submitted: the narrative and the files, with the guidance for reviewers when a reviewer reads it. */
class CriterionReadOnly extends Div {

    CriterionReadOnly(EvidenceService evidence, ApplicationDetails details, Criterion criterion,
                      boolean forReviewer) {
        addClassName("portal-card");
        var guidance = new Paragraph((forReviewer ? "Guidance for reviewers: " + criterion.reviewerGuidance()
                : criterion.applicantGuidance()));
        guidance.addClassName("portal-guidance");
        add(new H3(criterion.title()), guidance);
        String text = details.narrative(criterion.id()).text();
        if (text.isBlank()) {
            var none = new Paragraph("No narrative.");
            none.addClassName("portal-empty");
            add(none);
        } else {
            text.lines().forEach(line -> add(new Paragraph(line)));
        }
        var files = details.evidenceFor(criterion.id());
        if (files.isEmpty()) {
            var none = new Paragraph("No evidence files.");
            none.addClassName("portal-empty");
            add(none);
        } else {
            var list = new UnorderedList();
            files.forEach(f -> list.add(new ListItem(EvidenceLinks.of(evidence, details.id(), f))));
            add(new Paragraph("Evidence files:"), list);
        }
    }
}
