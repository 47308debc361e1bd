package org.safesurgeries.portal.notification;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.security.AccountContacts.Contact;
import org.safesurgeries.portal.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bell, the notifications page with its email choices, and the admin's outbox (browserless). */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
class NotificationViewsTest extends SpringBrowserlessTest {

    // An account that exists before the browserless UI (and its header) is made for the test.
    static final String BELL_USER = "manager@demo.safesurgery.example";
    static final String ADMIN = "admin@demo.safesurgery.example";

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate transactions;

    long account;

    @BeforeEach
    void twoUnreadNotices() {
        long practice = new NotificationFixtures(jdbc, accounts).practice("N90021", "Larch Surgery");
        account = jdbc.queryForObject("select id from user_account where email = ?", Long.class, BELL_USER);
        jdbc.update("update notice set read_at = now(6) where account_id = ? and read_at is null", account);
        jdbc.update("delete from notification_opt_out where account_id = ?", account);
        var me = List.of(new Contact(account, BELL_USER, "Demo Manager"));
        transactions.executeWithoutResult(s -> {
            notifications.send(new Message(NotificationKind.RECONFIRMATION_DUE, "bell-1-" + System.nanoTime(),
                    "Please confirm Larch Surgery's Safe Surgery declaration", List.of("A year has passed."),
                    "Confirm", "declaration/" + practice), me);
            notifications.send(new Message(NotificationKind.CHECK_RECORDED, "bell-2-" + System.nanoTime(),
                    "A mystery-shopper check of Larch Surgery was recorded", List.of("Would register."),
                    "Read the check", "checks/practice/" + practice), me);
        });
    }

    @Test
    @WithMockUser(username = BELL_USER, roles = "PRACTICE_MANAGER")
    void the_bell_counts_unread_notices_lists_them_on_open_and_marks_them_read() {
        navigate("home", Component.class);
        var bell = find(Button.class).withId("notice-bell").single();
        assertThat(bell.getAriaLabel()).contains("Notifications, 2 unread");
        assertThat(find(Span.class).withClassName("portal-bell-badge").single().getText()).isEqualTo("2");

        find(Popover.class).single().setOpened(true);
        roundTrip();
        var titles = find(Anchor.class).all().stream().map(Anchor::getText).toList();
        assertThat(titles).contains("A mystery-shopper check of Larch Surgery was recorded",
                "Please confirm Larch Surgery's Safe Surgery declaration");
        assertThat(bell.getAriaLabel()).contains("Notifications, none unread");
        assertThat(find(Span.class).withClassName("portal-bell-badge").exists()).as("badge hidden").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from notice where account_id = ? and read_at is null",
                Integer.class, account)).isZero();
    }

    @Test
    @WithMockUser(username = BELL_USER, roles = "PRACTICE_MANAGER")
    void the_page_lists_notices_and_saves_email_choices_and_required_ones_stay_on() {
        navigate("notifications", Component.class);
        assertThat(find(Anchor.class).withText("Please confirm Larch Surgery's Safe Surgery declaration").exists())
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from notice where account_id = ? and read_at is null",
                Integer.class, account)).as("opening the page reads them").isZero();

        var reconfirm = find(Checkbox.class).withId("email-reconfirmation-due").single();
        assertThat(reconfirm.getValue()).isTrue();
        test(reconfirm).click();
        assertThat(jdbc.queryForList("select kind from notification_opt_out where account_id = ?", String.class,
                account)).containsExactly("RECONFIRMATION_DUE");
        var decision = find(Checkbox.class).withId("email-award-decision").single();
        assertThat(decision.getValue()).isTrue();
        assertThat(decision.isReadOnly()).as("required").isTrue();
        assertThat(find(Checkbox.class).withId("email-review-overdue").exists()).as("a reviewer's kind").isFalse();

        navigate("notifications", Component.class);
        assertThat(find(Checkbox.class).withId("email-reconfirmation-due").single().getValue()).isFalse();
        jdbc.update("delete from notification_opt_out where account_id = ?", account);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void the_admin_reads_a_failed_email_as_sent_and_queues_it_again_after_confirming() {
        jdbc.update("delete from outbox_email where recipient = 'failed.ui@notify.test'");
        jdbc.update("""
                insert into outbox_email (recipient, subject, body_text, body_html, kind, status, attempts,
                                          next_attempt_at, last_error, created_at, version, message_id)
                values ('failed.ui@notify.test', 'Your certificate', 'Plain words', '<p>Rendered <b>words</b></p>',
                        'CERTIFICATE_ISSUED', 'FAILED', 10, now(6), '550 Mailbox unavailable', now(6), 3, '<x@test>')
                """);
        navigate("admin/outbox", Component.class);
        test(find(TextField.class).withCaption("Recipient").single()).setValue("failed.ui@notify.test");
        @SuppressWarnings("unchecked")
        Grid<OutboxEmail> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isOne();
        test((Button) test(grid).getCellComponent(0, 4)).click();

        var dialog = find(Dialog.class).single();
        var html = find(IFrame.class, dialog).single();
        assertThat(html.getSrcdoc()).contains("<p>Rendered <b>words</b></p>");
        assertThat(html.getElement().getAttribute("sandbox")).isEqualTo("");
        assertThat(find(Paragraph.class, dialog).all().stream().map(Paragraph::getText).toList())
                .anySatisfy(t -> assertThat(t).contains("10 tries"))
                .anySatisfy(t -> assertThat(t).contains("550 Mailbox unavailable"));
        test(find(Button.class, dialog).withText("Send again").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(jdbc.queryForMap("select status, attempts from outbox_email where recipient = ?",
                "failed.ui@notify.test")).containsEntry("status", "QUEUED").containsEntry("attempts", 0);
        jdbc.update("delete from outbox_email where recipient = 'failed.ui@notify.test'");
    }
}
