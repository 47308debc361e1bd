package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.safesurgeries.portal.award.CriteriaSet;
import org.safesurgeries.portal.award.ReviewRecords.PanelFeedback;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.shared.ui.DateFormats;

import java.util.List;

/** The panel's decisions as the practice reads them: outcome, rationale, what to change, comments meant for it. */
class FeedbackPanel extends Div {

    FeedbackPanel(CriteriaSet criteria, List<PanelFeedback> feedback) {
        for (var round : feedback) {
            var card = new Div(new H3("Round " + round.round() + ": " + round.outcome().leadsTo().label().toLowerCase()
                    + " on " + DateFormats.DAY.format(round.decidedAt().atZone(UkCalendar.ZONE))),
                    new Paragraph("Rationale: " + round.rationale()));
            card.addClassName("portal-card");
            if (!round.changesNeeded().isEmpty()) {
                var list = new UnorderedList();
                criteria.criteria().stream().filter(c -> round.changesNeeded().containsKey(c.id()))
                        .forEach(c -> list.add(new ListItem(c.title() + ": " + round.changesNeeded().get(c.id()))));
                card.add(new Paragraph("What is needed:"), list);
            }
            if (!round.commentsForPractice().isEmpty()) {
                var list = new UnorderedList();
                criteria.criteria().stream().filter(c -> round.commentsForPractice().containsKey(c.id()))
                        .forEach(c -> round.commentsForPractice().get(c.id())
                                .forEach(comment -> list.add(new ListItem(c.title() + ": " + comment))));
                card.add(new Paragraph("Reviewers' comments:"), list);
            }
            add(card);
        }
    }
}
