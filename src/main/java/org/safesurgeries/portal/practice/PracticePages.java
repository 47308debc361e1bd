package org.safesurgeries.portal.practice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import org.springframework.security.access.AccessDeniedException;

import java.util.function.LongConsumer;

/**
 * The route logic every "one practice" page shares (`…/:practiceId?`): without an id, go to the person's first
 * practice; with one they may not see, or that does not exist, say so the same way, revealing nothing.
 */
public final class PracticePages {

    private PracticePages() {
    }

    public static void open(BeforeEnterEvent event, PracticeService practices, Class<? extends Component> view,
                            HasComponents page, String title, LongConsumer show) {
        page.removeAll();
        var requested = event.getRouteParameters().get("practiceId");
        if (requested.isEmpty()) {
            var mine = practices.myPractices();
            if (mine.isEmpty()) {
                page.add(new H1(title), new Paragraph("You are not linked to a practice yet. Ask your administrator "
                        + "to add you to your practice."));
            } else {
                event.forwardTo(view, new RouteParameters("practiceId", Long.toString(mine.getFirst().id())));
            }
            return;
        }
        try {
            show.accept(Long.parseLong(requested.get()));
        } catch (NumberFormatException | AccessDeniedException e) {
            page.removeAll();
            page.add(new H1(title), new Paragraph("You do not have access to this practice."));
        }
    }
}
