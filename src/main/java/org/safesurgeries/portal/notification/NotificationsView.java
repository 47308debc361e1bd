package org.safesurgeries.portal.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.shared.ui.Feedback;

/**
 * Everyone's own notices, newest first (opening the page marks them read), and the choice of optional emails.
 * Required emails are listed too, ticked and fixed, so people see what they will always get.
 */
@Route("notifications")
@PageTitle("Notifications · Safe Surgery portal")
@Menu(title = "Notifications", order = 95, icon = "vaadin:bell")
@PermitAll
class NotificationsView extends VerticalLayout {

    private static final int PAGE = 20;

    private final transient Notices notices;
    private final Div list = new Div();
    private final Button more = new Button("Show older notifications");
    private int shown;

    NotificationsView(Notices notices, CurrentUser currentUser) {
        this.notices = notices;
        addClassName("portal-page");
        list.addClassName("portal-notice-list");
        more.addClickListener(e -> showMore());
        var choices = new VerticalLayout();
        choices.setPadding(false);
        choices.setSpacing(false);
        var off = notices.emailsOff();
        for (var kind : NotificationKind.receivableBy(currentUser.require().roles())) {
            var box = new Checkbox(kind.label(), kind.required() || !off.contains(kind));
            box.setId("email-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            box.setHelperText(kind.required() ? kind.description() + " Always sent." : kind.description());
            box.setReadOnly(kind.required());
            box.addValueChangeListener(e -> {
                if (e.isFromClient() && Feedback.attempt(() -> notices.setEmail(kind, e.getValue()))) {
                    Feedback.done(e.getValue() ? "You will get \"" + kind.label() + "\" emails."
                            : "You will no longer get \"" + kind.label() + "\" emails. They still appear here.");
                }
            });
            choices.add(box);
        }
        add(new H1("Notifications"), list, more, new H2("Emails you get"),
                new Paragraph("Everything below also appears here under the bell. Choose which optional emails you "
                        + "want as well; emails about your account and decisions on your practice are always sent."),
                choices);
        showMore();
        notices.markAllRead();
    }

    private void showMore() {
        var page = notices.page(shown, PAGE);
        if (shown == 0 && page.isEmpty()) {
            list.add(new Paragraph("No notifications yet. Reminders, decisions and certificates will appear here."));
        }
        page.forEach(n -> list.add(NoticeBell.item(n)));
        shown += page.size();
        more.setVisible(page.size() == PAGE && shown < notices.count());
    }
}
