package org.safesurgeries.portal.notification;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The bell in the header: the number of unread notices, and on click the latest ones, which are then marked read.
 * The count is refreshed on every navigation.
 */
@SpringComponent
@Scope("prototype")
public class NoticeBell extends Composite<Div> implements AfterNavigationObserver {

    static final int SHOWN = 8;
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final transient Notices notices;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();

    NoticeBell(Notices notices) {
        this.notices = notices;
        bell.setId("notice-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        badge.addClassName("portal-bell-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        var heading = new H2("Notifications");
        heading.setId("notice-heading");
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 0 var(--lumo-space-s)");
        var all = new Anchor("notifications", "All notifications and email settings");
        list.addClassName("portal-notice-list");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("24rem");
        popover.setAriaLabelledBy("notice-heading");
        popover.add(heading, list, all);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showLatest();
            }
        });
        var root = getContent();
        root.addClassName("portal-bell");
        root.add(bell, badge, popover);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refreshCount();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshCount();
    }

    /** Lists the latest notices as they were (unread ones marked), then marks them all read. */
    private void showLatest() {
        list.removeAll();
        var latest = notices.page(0, SHOWN);
        if (latest.isEmpty()) {
            list.add(new Paragraph("Nothing yet. Reminders, decisions and certificates will appear here."));
        }
        for (var notice : latest) {
            list.add(item(notice));
        }
        notices.markAllRead();
        refreshCount();
    }

    static Div item(Notices.Notice notice) {
        var title = notice.link() == null ? new Span(notice.title()) : new Anchor(notice.link(), notice.title());
        var when = new Span(WHEN.format(notice.createdAt()) + (notice.read() ? "" : " · new"));
        when.addClassName("portal-notice-when");
        var item = new Div(title, when, new Paragraph(notice.body()));
        item.addClassName("portal-notice");
        if (!notice.read()) {
            item.addClassName("unread");
        }
        return item;
    }

    private void refreshCount() {
        int unread = notices.unreadCount();
        badge.setText(unread > 99 ? "99+" : Integer.toString(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread");
        bell.setTooltipText(unread == 0 ? "Notifications" : unread + " unread notifications");
    }
}
