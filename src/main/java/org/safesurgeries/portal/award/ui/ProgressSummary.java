package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.safesurgeries.portal.award.ApplicationProgress;

/** The application's progress: a bar over the required criteria and, per section, how many are evidenced. */
class ProgressSummary extends Div {

    private final ProgressBar bar = new ProgressBar();
    private final Span label = new Span();
    private final UnorderedList sections = new UnorderedList();

    ProgressSummary() {
        label.setId("application-progress-label");
        bar.setId("application-progress");
        bar.getElement().setAttribute("aria-labelledby", "application-progress-label");
        add(label, bar, sections);
        addClassName("portal-card");
    }

    void show(ApplicationProgress progress) {
        bar.setValue(progress.fraction());
        label.setText("Progress: " + Math.round(progress.fraction() * 100) + "% of the required criteria evidenced. "
                + "A criterion counts when it has a narrative and at least one file.");
        sections.removeAll();
        for (var section : progress.sections()) {
            var badge = new Span(section.complete() ? "Complete" : "Not yet");
            badge.addClassNames("portal-badge", section.complete() ? "portal-badge-done" : "portal-badge-todo");
            sections.add(new ListItem(badge, new Span(" " + section.summary() + " (" + section.criteria()
                    + " to choose from)")));
        }
    }
}
