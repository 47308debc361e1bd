package org.safesurgeries.portal.notification;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.award.AwardReminders;
import org.safesurgeries.portal.declaration.DeclarationReminders;
import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.training.TrainingReminders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reminder jobs: each finds what is due, publishes one reminder per subject and due date however often it runs,
 * and the right people get it. The jobs run when called here (their schedule is off in tests).
 */
@PortalTest
class ReminderJobsTest {

    static final String MANAGER = "reminded.manager@notify.test";
    static final String LEAD = "reminded.lead@notify.test";

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;
    @Autowired DeclarationReminders declarationReminders;
    @Autowired AwardReminders awardReminders;
    @Autowired TrainingReminders trainingReminders;

    NotificationFixtures fixtures;

    @BeforeEach
    void people() {
        fixtures = new NotificationFixtures(jdbc, accounts);
    }

    @Test
    void a_declaration_gets_its_yearly_confirmation_reminder_then_its_lapse_warning_once_each() {
        long practice = fixtures.practice("N90011", "Hazel Road Surgery");
        fixtures.person(MANAGER, "Rita Reminded", Role.PRACTICE_MANAGER, practice);
        var today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        long declaration = declaration(practice, today.minusMonths(12).minusDays(2));

        declarationReminders.remind();
        declarationReminders.remind();
        awaitNotices(NotificationKind.RECONFIRMATION_DUE, 1);
        assertThat(ledger("declaration-reconfirmation", declaration)).isOne();
        assertThat(ledger("declaration-lapse", declaration)).as("not yet at 14 months").isZero();
        assertThat(fixtures.emailText(MANAGER, NotificationKind.RECONFIRMATION_DUE))
                .contains("Hazel Road Surgery", DAY(today.minusMonths(12).minusDays(2).plusMonths(15)));

        // Two more months without a confirmation: the lapse warning, and still one confirmation reminder.
        jdbc.update("update declaration set last_confirmed_on = last_confirmed_on - interval 2 month where id = ?",
                declaration);
        declarationReminders.remind();
        declarationReminders.remind();
        awaitNotices(NotificationKind.DECLARATION_LAPSING, 1);
        assertThat(ledger("declaration-lapse", declaration)).isOne();
        // The earlier confirmation date is a new due date, so that reminder is due again; it is the only repeat.
        assertThat(ledger("declaration-reconfirmation", declaration)).isEqualTo(2);
        sleep();
        assertThat(fixtures.notices(MANAGER, NotificationKind.DECLARATION_LAPSING)).isOne();

        // Confirmed today: nothing is due, and the jobs publish nothing more.
        jdbc.update("update declaration set last_confirmed_on = ? where id = ?", Date.valueOf(today), declaration);
        int before = fixtures.notices(MANAGER, NotificationKind.RECONFIRMATION_DUE);
        declarationReminders.remind();
        sleep();
        assertThat(fixtures.notices(MANAGER, NotificationKind.RECONFIRMATION_DUE)).isEqualTo(before);
        jdbc.update("update declaration set status = 'WITHDRAWN', withdrawn_on = ? where id = ?", Date.valueOf(today),
                declaration);
    }

    @Test
    void an_award_warns_at_90_and_30_days_before_expiry_and_an_award_first_seen_at_20_days_only_once() {
        long practice = fixtures.practice("N90012", "Rowan Medical Centre");
        String manager = "rowan.manager@notify.test";
        fixtures.person(manager, "Rowan Manager", Role.PRACTICE_MANAGER, practice);
        var today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        long award = award(practice, today.plusDays(80));

        awardReminders.remind();
        awardReminders.remind();
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.notices(manager, NotificationKind.AWARD_EXPIRING)
                == 1);
        assertThat(fixtures.emailText(manager, NotificationKind.AWARD_EXPIRING)).contains("in less than 90 days",
                "/award/" + practice, DAY(today.plusDays(80)));
        jdbc.update("update award set expires_on = ? where id = ?", Date.valueOf(today.plusDays(25)), award);
        awardReminders.remind();
        awardReminders.remind();
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.notices(manager, NotificationKind.AWARD_EXPIRING)
                == 2);
        sleep();
        assertThat(fixtures.notices(manager, NotificationKind.AWARD_EXPIRING)).isEqualTo(2);

        long second = award(fixtures.practice("N90013", "Aspen Surgery"), today.plusDays(20));
        awardReminders.remind();
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger("award-expiring-30", second) == 1);
        assertThat(ledger("award-expiring-90", second)).as("only the nearer warning").isZero();
    }

    @Test
    void an_application_waiting_past_the_target_tells_the_lead_reviewers_once() {
        long practice = fixtures.practice("N90014", "Birch Tree Practice");
        long lead = fixtures.person(LEAD, "Lee Lead", Role.REVIEWER, null);
        jdbc.update("insert ignore into award_reviewer (account_id, lead, lived_experience, version) "
                + "values (?, true, false, 0)", lead);
        long application = application(practice, "SUBMITTED", Instant.now().minus(Duration.ofDays(31)));
        try {
            awardReminders.remind();
            awardReminders.remind();
            await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.notices(LEAD, NotificationKind.REVIEW_OVERDUE)
                    >= 1);
            sleep();
            assertThat(jdbc.queryForObject("select count(*) from notice n join user_account a on a.id = n.account_id "
                    + "where a.email = ? and n.link = ?", Integer.class, LEAD, "reviews/" + application)).isOne();
            assertThat(jdbc.queryForObject("select body_text from outbox_email where recipient = ? and subject like "
                    + "'Birch Tree Practice%'", String.class, LEAD)).contains("submitted since", "30-day target",
                    "/reviews/" + application);
        } finally {
            jdbc.update("update award_application set status = 'WITHDRAWN' where id = ?", application);
        }
    }

    @Test
    void a_practice_is_reminded_of_a_refresher_24_months_after_its_latest_training_once() {
        long practice = fixtures.practice("N90015", "Cedar Health Centre");
        String manager = "cedar.manager@notify.test";
        fixtures.person(manager, "Cedar Manager", Role.PRACTICE_MANAGER, practice);
        var today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        session(practice, today.minusMonths(24).minusDays(3));
        session(practice, today.minusMonths(30));

        trainingReminders.remind();
        trainingReminders.remind();
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.notices(manager, NotificationKind.REFRESHER_DUE)
                == 1);
        sleep();
        assertThat(fixtures.notices(manager, NotificationKind.REFRESHER_DUE)).isOne();
        assertThat(fixtures.emailText(manager, NotificationKind.REFRESHER_DUE)).contains("Cedar Health Centre",
                DAY(today.minusMonths(24).minusDays(3)));

        // Trained again: no refresher is due any more.
        session(practice, today.minusDays(1));
        assertThat(trainingReminders.remind()).isZero();
    }

    @Test
    void the_demo_runs_the_reminders_at_start_so_its_lead_reviewer_sees_the_overdue_application() {
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.notices("reviewer@demo.safesurgery.example",
                NotificationKind.REVIEW_OVERDUE) >= 1);
    }

    private long declaration(long practice, LocalDate lastConfirmed) {
        jdbc.update("""
                insert into declaration (practice_id, version_number, status, signatory_name, signed_on,
                                         last_confirmed_on, created_at, updated_at)
                values (?, 1, 'DECLARED', 'Dr Test', ?, ?, now(6), now(6))
                """, practice, Date.valueOf(lastConfirmed), Date.valueOf(lastConfirmed));
        return jdbc.queryForObject("select id from declaration where practice_id = ? and status = 'DECLARED'",
                Long.class, practice);
    }

    private long application(long practice, String status, Instant since) {
        jdbc.update("""
                insert into award_application (practice_id, criteria_version_id, status, started_at, started_by,
                                               status_since)
                values (?, (select min(id) from award_criteria_version), ?, ?, 'test', ?)
                """, practice, status, Timestamp.from(since), Timestamp.from(since));
        return jdbc.queryForObject("select max(id) from award_application where practice_id = ?", Long.class,
                practice);
    }

    private long award(long practice, LocalDate expiresOn) {
        long application = application(practice, "AWARDED", Instant.now().minus(Duration.ofDays(1000)));
        jdbc.update("insert into award (practice_id, application_id, awarded_on, expires_on, status) "
                + "values (?, ?, ?, ?, 'ACTIVE')", practice, application, Date.valueOf(expiresOn.minusYears(3)),
                Date.valueOf(expiresOn));
        return jdbc.queryForObject("select id from award where application_id = ?", Long.class, application);
    }

    private void session(long practice, LocalDate deliveredOn) {
        jdbc.update("insert into training_session (delivered_on, source, format, duration_minutes, recorded_by, "
                + "created_at) values (?, 'DOTW_TRAINER', 'IN_PERSON', 60, 'test', now(6))", Date.valueOf(deliveredOn));
        long session = jdbc.queryForObject("select max(id) from training_session", Long.class);
        jdbc.update("insert into training_attendance (session_id, practice_id, staff_role, attended) "
                + "values (?, ?, 'RECEPTION_ADMIN', 2)", session, practice);
    }

    private int ledger(String reminder, long subject) {
        return jdbc.queryForObject("select count(*) from reminder_ledger where reminder = ? and subject_key = ?",
                Integer.class, reminder, Long.toString(subject));
    }

    private void awaitNotices(NotificationKind kind, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.notices(MANAGER, kind) >= count);
    }

    private static String DAY(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(date);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
