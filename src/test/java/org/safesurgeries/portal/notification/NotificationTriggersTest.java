package org.safesurgeries.portal.notification;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardChoices.Outcome;
import org.safesurgeries.portal.award.AwardEvents.ApplicationStatusChanged;
import org.safesurgeries.portal.award.AwardEvents.AwardRevoked;
import org.safesurgeries.portal.award.AwardEvents.AwardSuspended;
import org.safesurgeries.portal.award.AwardEvents.DecisionRecorded;
import org.safesurgeries.portal.award.AwardEvents.ReviewerAssigned;
import org.safesurgeries.portal.certificate.CertificateEvents.CertificateIssued;
import org.safesurgeries.portal.certificate.CertificateKind;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationSigned;
import org.safesurgeries.portal.registrationaudit.MysteryShopping.MysteryShopperCheckRecorded;
import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Each event that should notify someone produces the right message for the right people, once: a notice for the bell
 * and an email unless they turned that kind off (required ones always go).
 */
@PortalTest
class NotificationTriggersTest {

    static final String ANNA = "anna.manager@notify.test";
    static final String BEN = "ben.manager@notify.test";
    static final String GONE = "gone.manager@notify.test";
    static final String OTHER = "other.manager@notify.test";
    static final String LEAD = "lead.reviewer@notify.test";
    static final String REVIEWER = "plain.reviewer@notify.test";

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;
    @Autowired Notices notices;

    NotificationFixtures fixtures;
    long practice;
    long reviewer;

    @BeforeEach
    void people() {
        fixtures = new NotificationFixtures(jdbc, accounts);
        practice = fixtures.practice("N90001", "Willow Lane Surgery");
        long other = fixtures.practice("N90002", "Elm Street Practice");
        fixtures.person(ANNA, "Anna Manager", Role.PRACTICE_MANAGER, practice);
        fixtures.person(BEN, "Ben Manager", Role.PRACTICE_MANAGER, practice);
        fixtures.person(GONE, "Gone Manager", Role.PRACTICE_MANAGER, practice);
        jdbc.update("update user_account set active = false where email = ?", GONE);
        fixtures.person(OTHER, "Other Manager", Role.PRACTICE_MANAGER, other);
        long lead = fixtures.person(LEAD, "Lena Lead", Role.REVIEWER, null);
        jdbc.update("insert ignore into award_reviewer (account_id, lead, lived_experience, version) values (?, true, "
                + "false, 0)", lead);
        reviewer = fixtures.person(REVIEWER, "Pat Reviewer", Role.REVIEWER, null);
    }

    @Test
    void a_signed_declaration_tells_the_practices_active_managers_once_even_if_the_listener_runs_twice() {
        var event = new DeclarationSigned(UUID.randomUUID(), Instant.now(), ANNA, 9_000_001L, practice, 1,
                "Dr Anna Manager", LocalDate.now());
        publish(event);
        awaitNotices(BEN, NotificationKind.DECLARATION_SIGNED, 1);
        awaitNotices(ANNA, NotificationKind.DECLARATION_SIGNED, 1);
        publish(event);
        settle();
        assertThat(fixtures.notices(ANNA, NotificationKind.DECLARATION_SIGNED)).isOne();
        assertThat(fixtures.emails(ANNA, NotificationKind.DECLARATION_SIGNED)).isOne();
        assertThat(fixtures.emails(BEN, NotificationKind.DECLARATION_SIGNED)).isOne();
        assertThat(fixtures.notices(GONE, NotificationKind.DECLARATION_SIGNED)).as("deactivated").isZero();
        assertThat(fixtures.emails(GONE, NotificationKind.DECLARATION_SIGNED)).isZero();
        assertThat(fixtures.notices(OTHER, NotificationKind.DECLARATION_SIGNED)).as("another practice").isZero();

        String text = fixtures.emailText(ANNA, NotificationKind.DECLARATION_SIGNED);
        assertThat(text).contains("Hello Anna Manager,", "Willow Lane Surgery", "Dr Anna Manager",
                "http://portal.test/declaration/" + practice, "http://portal.test/notifications");
        String html = jdbc.queryForObject("select body_html from outbox_email where recipient = ? and kind = ?",
                String.class, ANNA, "DECLARATION_SIGNED");
        assertThat(html).contains("<a href=\"http://portal.test/declaration/" + practice + "\">", "lang=\"en\"");
    }

    @Test
    void an_optional_email_turned_off_still_leaves_a_notice_and_a_required_one_cannot_be_turned_off() {
        SystemAuthentication.runAs(BEN, Role.PRACTICE_MANAGER.authority(), () -> {
            notices.setEmail(NotificationKind.CHECK_RECORDED, false);
            assertThatThrownBy(() -> notices.setEmail(NotificationKind.AWARD_DECISION, false))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("always sent");
        });
        publish(new MysteryShopperCheckRecorded(UUID.randomUUID(), Instant.now(), "trainer", 9_000_002L, practice,
                "ASKED_FOR_DOCUMENTS"));
        publish(new DecisionRecorded(UUID.randomUUID(), Instant.now(), LEAD, 9_000_003L, practice,
                Outcome.REQUEST_CHANGES, 1));
        awaitNotices(BEN, NotificationKind.CHECK_RECORDED, 1);
        awaitNotices(BEN, NotificationKind.CHANGES_REQUESTED, 1);
        awaitNotices(ANNA, NotificationKind.CHECK_RECORDED, 1);
        settle();
        assertThat(fixtures.emails(BEN, NotificationKind.CHECK_RECORDED)).as("turned off").isZero();
        assertThat(fixtures.emails(ANNA, NotificationKind.CHECK_RECORDED)).as("Anna did not").isOne();
        assertThat(fixtures.emailText(ANNA, NotificationKind.CHECK_RECORDED)).contains("asked for documents",
                "Please read the check and respond", "/checks/practice/" + practice);
        assertThat(fixtures.emails(BEN, NotificationKind.CHANGES_REQUESTED)).as("required").isOne();
        assertThat(fixtures.emailText(BEN, NotificationKind.CHANGES_REQUESTED))
                .contains("/award/application/9000003", "always send this email");

        SystemAuthentication.runAs(BEN, Role.PRACTICE_MANAGER.authority(),
                () -> notices.setEmail(NotificationKind.CHECK_RECORDED, true));
        publish(new MysteryShopperCheckRecorded(UUID.randomUUID(), Instant.now(), "trainer", 9_000_004L, practice,
                "WOULD_REGISTER"));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.emails(BEN, NotificationKind.CHECK_RECORDED) == 1);
    }

    @Test
    void submissions_and_overdue_reviews_go_to_lead_reviewers_and_an_assignment_to_the_assigned_reviewer() {
        publish(new ApplicationStatusChanged(UUID.randomUUID(), Instant.now(), ANNA, 9_000_005L, practice,
                ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, 1));
        publish(new ApplicationStatusChanged(UUID.randomUUID(), Instant.now(), ANNA, 9_000_005L, practice,
                ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW, 1));
        publish(new ReviewerAssigned(UUID.randomUUID(), Instant.now(), LEAD, 9_000_005L, practice, reviewer, false));
        awaitNotices(LEAD, NotificationKind.APPLICATION_SUBMITTED, 1);
        awaitNotices(REVIEWER, NotificationKind.REVIEWER_ASSIGNED, 1);
        settle();
        assertThat(fixtures.notices(LEAD, NotificationKind.APPLICATION_SUBMITTED)).as("only on submission").isOne();
        assertThat(fixtures.notices(REVIEWER, NotificationKind.APPLICATION_SUBMITTED)).as("not a lead").isZero();
        assertThat(fixtures.emailText(LEAD, NotificationKind.APPLICATION_SUBMITTED))
                .contains("Willow Lane Surgery submitted", "/reviews/9000005");
        assertThat(fixtures.emailText(REVIEWER, NotificationKind.REVIEWER_ASSIGNED))
                .contains("panel reviewing Willow Lane Surgery", "conflict of interest");
        assertThat(fixtures.notices(ANNA, NotificationKind.APPLICATION_SUBMITTED)).isZero();
    }

    @Test
    void decisions_and_the_awards_suspension_and_revocation_tell_the_practice() {
        // Listeners run concurrently, so the two award messages may be written in either order.
        publish(new DecisionRecorded(UUID.randomUUID(), Instant.now(), LEAD, 9_000_006L, practice, Outcome.AWARD, 2));
        publish(new AwardSuspended(UUID.randomUUID(), Instant.now(), LEAD, 9_000_007L, practice,
                "A check found the practice asking for ID"));
        publish(new AwardRevoked(UUID.randomUUID(), Instant.now(), LEAD, 9_000_007L, practice, "Not resolved"));
        awaitNotices(ANNA, NotificationKind.AWARD_DECISION, 1);
        awaitNotices(ANNA, NotificationKind.AWARD_SUSPENDED_OR_REVOKED, 2);
        assertThat(fixtures.emailText(ANNA, NotificationKind.AWARD_DECISION)).contains("Congratulations",
                "Willow Lane Surgery");
        assertThat(jdbc.queryForList("select subject from outbox_email where recipient = ? and kind = ? order by id",
                String.class, ANNA, "AWARD_SUSPENDED_OR_REVOKED")).containsExactlyInAnyOrder(
                "Willow Lane Surgery's Sanctuary in Healthcare award is suspended",
                "Willow Lane Surgery's Sanctuary in Healthcare award is revoked");
    }

    @Test
    void a_certificate_goes_to_the_managers_and_a_training_certificate_to_its_attendee_only() {
        publish(new CertificateIssued(UUID.randomUUID(), Instant.now(), 9_000_008L, CertificateKind.DECLARATION,
                "SAFESVRGERY269", practice, "Willow Lane Surgery", null, null, LocalDate.now().plusMonths(15)));
        publish(new CertificateIssued(UUID.randomUUID(), Instant.now(), 9_000_009L, CertificateKind.TRAINING,
                "TRA1N1NGDEM014", practice, "Willow Lane Surgery", "Sam Reception", "sam.reception@notify.test",
                null));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from notice n join "
                + "user_account a on a.id = n.account_id where a.email = ? and n.link = 'verify/SAFESVRGERY269'",
                Integer.class, ANNA) == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.emails("sam.reception@notify.test",
                NotificationKind.CERTIFICATE_ISSUED) == 1);
        settle();
        assertThat(jdbc.queryForObject("select count(*) from notice n join user_account a on a.id = n.account_id "
                + "where a.email = ? and n.link like 'verify/TRA1N1NGDEM014'", Integer.class, ANNA))
                .as("a training certificate is not for the managers").isZero();
        assertThat(jdbc.queryForObject("select body_text from outbox_email where recipient = ? and body_text like "
                + "'%SAFESVRGERY269%'", String.class, ANNA)).contains("SAFE-SVRG-ERY2-69", "Willow Lane Surgery");
        assertThat(fixtures.emailText("sam.reception@notify.test", NotificationKind.CERTIFICATE_ISSUED))
                .contains("Hello Sam Reception,", "http://portal.test/verify/TRA1N1NGDEM014", "attendance")
                .doesNotContain("/notifications");
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private void awaitNotices(String email, NotificationKind kind, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.notices(email, kind) >= count);
    }

    // Listeners run asynchronously: give a duplicate the chance to appear before asserting there is none.
    private static void settle() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
