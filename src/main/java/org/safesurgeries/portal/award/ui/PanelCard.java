package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardReviewService;
import org.safesurgeries.portal.award.PanelMembers.Candidate;
import org.safesurgeries.portal.award.PanelMembers.PanelView;
import org.safesurgeries.portal.award.PanelRules;
import org.safesurgeries.portal.shared.ui.Feedback;

/** Who sits on the panel and who has assessed; join it, assign someone (leads), or start a resubmitted round. */
class PanelCard extends Div {

    PanelCard(AwardReviewService reviews, PanelView panel, boolean reviewer, Runnable reload) {
        addClassName("portal-card");
        if (panel.members().isEmpty()) {
            var empty = new Paragraph("Nobody is on the panel yet.");
            empty.addClassName("portal-empty");
            add(empty);
        } else {
            var list = new UnorderedList();
            for (var seat : panel.members()) {
                var item = new ListItem(new Span(seat.name()));
                if (seat.lead()) {
                    item.add(badge("Lead", "portal-badge-todo"));
                }
                if (seat.livedExperience()) {
                    item.add(badge("Lived experience", "portal-badge-sanctuary"));
                }
                item.add(badge(seat.submitted() ? "Assessed" : "Not assessed yet",
                        seat.submitted() ? "portal-badge-done" : "portal-badge-todo"));
                list.add(item);
            }
            add(list);
        }
        add(new Paragraph("A decision needs at least " + PanelRules.MINIMUM_PANEL + " submitted assessments, at least "
                + "one of them from a member with lived experience of seeking sanctuary."));
        boolean open = panel.status().withPanel();
        if (reviewer && open && !panel.iAmMember() && panel.declaredNoConflict()) {
            var join = new Button("Join the panel", e -> {
                if (Feedback.attempt(() -> reviews.claim(panel.applicationId()))) {
                    reload.run();
                }
            });
            join.setId("join-panel");
            add(join);
        }
        if (open && panel.iAmLead() && !panel.assignable().isEmpty()) {
            var choice = new Select<Candidate>();
            choice.setLabel("Assign a reviewer");
            choice.setItems(panel.assignable());
            choice.setItemLabelGenerator(c -> c.name() + (c.livedExperience() ? " (lived experience)" : ""));
            var assign = new Button("Assign", e -> {
                if (choice.getValue() == null) {
                    choice.setInvalid(true);
                    choice.setErrorMessage("Choose a reviewer.");
                } else if (Feedback.attempt(() -> reviews.assign(panel.applicationId(), choice.getValue().accountId()))) {
                    reload.run();
                }
            });
            add(new Div(choice, assign));
        }
        if (panel.status() == ApplicationStatus.SUBMITTED && (panel.iAmMember() || panel.iAmLead())) {
            var start = new Button("Start reviewing round " + panel.round(), e -> {
                if (Feedback.attempt(() -> reviews.startReview(panel.applicationId(), panel.applicationVersion()))) {
                    reload.run();
                }
            });
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-review");
            add(start);
        }
    }

    private static Span badge(String text, String style) {
        var badge = new Span(text);
        badge.addClassNames("portal-badge", style);
        badge.getStyle().set("margin-left", "var(--lumo-space-s)");
        return badge;
    }
}
