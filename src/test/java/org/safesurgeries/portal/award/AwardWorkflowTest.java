package org.safesurgeries.portal.award;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardChoices.Outcome;
import org.safesurgeries.portal.award.AwardChoices.Rating;
import org.safesurgeries.portal.award.AwardEvents.ApplicationStatusChanged;
import org.safesurgeries.portal.award.AwardEvents.AwardGranted;
import org.safesurgeries.portal.directory.DirectorySearch;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Channel;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Scenario;
import org.safesurgeries.portal.registrationaudit.CheckReport;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.training.TrainingRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.safesurgeries.portal.award.AwardFixtures.ADMIN;
import static org.safesurgeries.portal.award.AwardFixtures.LEAD;
import static org.safesurgeries.portal.award.AwardFixtures.LIVED;
import static org.safesurgeries.portal.award.AwardFixtures.MANAGER;
import static org.safesurgeries.portal.award.AwardFixtures.TRAINER;
import static org.safesurgeries.portal.award.AwardFixtures.as;

/** The award's workflow on the real database, each step taken by the person who would take it. */
@PortalTest
@RecordApplicationEvents
class AwardWorkflowTest {

    @Autowired AwardApplicationService applications;
    @Autowired EvidenceService evidence;
    @Autowired AwardReviewService reviews;
    @Autowired AssessmentService assessments;
    @Autowired DecisionService decisions;
    @Autowired AwardService awards;
    @Autowired PracticeService practices;
    @Autowired TrainingRecords training;
    @Autowired MysteryShopping checks;
    @Autowired DirectorySearch directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    AwardFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AwardFixtures(applications, evidence, reviews, assessments, practices, training, checks, jdbc);
    }

    @Test
    void a_practice_whose_declaration_has_lapsed_is_told_why_and_cannot_start() {
        long lapsed = fixtures.practice("Y90016");
        var eligibility = as(ADMIN, "ADMIN", () -> applications.eligibility(lapsed));
        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.unmet()).anyMatch(u -> u.startsWith("A current Safe Surgery declaration")
                && u.contains("lapsed"));
        assertThatThrownBy(() -> as(ADMIN, "ADMIN", () -> applications.start(lapsed)))
                .hasMessageContaining("cannot apply yet");
    }

    @Test
    void too_few_reception_staff_trained_makes_a_practice_ineligible() {
        long practice = fixtures.practice("Y90014");
        var before = as(ADMIN, "ADMIN", () -> practices.get(practice)).headcounts();
        as(ADMIN, "ADMIN", () -> {
            var details = practices.get(practice);
            practices.changeHeadcounts(practice, details.version(),
                    new org.safesurgeries.portal.practice.Headcounts(500, 1, 1, 1));
        });
        try {
            var eligibility = as(ADMIN, "ADMIN", () -> applications.eligibility(practice));
            assertThat(eligibility.unmet()).anyMatch(u -> u.startsWith("At least 50% of reception staff trained")
                    && u.contains("of 500"));
        } finally {
            as(ADMIN, "ADMIN", () -> practices.changeHeadcounts(practice, practices.get(practice).version(), before));
        }
    }

    @Test
    void apply_assess_request_changes_resubmit_award_and_the_directory_shows_the_badge() {
        long practice = fixtures.eligible("Y90012");
        var draft = fixtures.complete(practice);
        assertThat(draft.progress().incomplete()).isEmpty();
        assertThatThrownBy(() -> as(ADMIN, "ADMIN", () -> applications.start(practice)))
                .hasMessageContaining("already has an application in progress");
        assertThatThrownBy(() -> as(ADMIN, "ADMIN", () -> applications.submit(draft.id(), draft.version(), false)))
                .hasMessageContaining("confirm");
        var submitted = as(ADMIN, "ADMIN", () -> applications.submit(draft.id(), draft.version(), true));
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(as(LEAD, "REVIEWER", () -> reviews.queue(ReviewQueue.Filter.WITH_PANEL, 0, 500)))
                .anyMatch(r -> r.applicationId() == draft.id() && !r.overdue());

        fixtures.assess(LEAD, draft.id(), Rating.PARTLY_MET, "Thin on partnerships", true);
        fixtures.assess(LIVED, draft.id(), Rating.MET, null, true);
        long id = draft.id();
        var underReview = as(LEAD, "REVIEWER", () -> applications.application(id));
        var learn = underReview.criteria().criteria().getFirst().id();
        as(LEAD, "REVIEWER", () -> decisions.decide(id, underReview.version(), Outcome.REQUEST_CHANGES,
                "Please show your partnerships in more detail.", Map.of(learn, "Name the partners and what you do "
                        + "together.")));

        var changes = as(ADMIN, "ADMIN", () -> applications.application(id));
        assertThat(changes.status()).isEqualTo(ApplicationStatus.CHANGES_REQUESTED);
        var feedback = as(ADMIN, "ADMIN", () -> assessments.feedback(id));
        assertThat(feedback).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.REQUEST_CHANGES);
            assertThat(f.changesNeeded()).containsEntry(learn, "Name the partners and what you do together.");
            assertThat(f.commentsForPractice().get(learn)).containsExactly("A comment for the practice.",
                    "A comment for the practice.");
            assertThat(f.toString()).doesNotContain("Thin on partnerships").doesNotContain(LEAD)
                    .doesNotContain("Rosa Haddad");
        });

        as(ADMIN, "ADMIN", () -> applications.saveNarrative(id, learn, changes.narrative(learn).version(),
                "We now meet the Refugee Council monthly."));
        var resubmitted = as(ADMIN, "ADMIN", () -> applications.submit(id, changes.version(), true));
        assertThat(resubmitted.round()).isEqualTo(2);
        as(LEAD, "REVIEWER", () -> reviews.startReview(id, resubmitted.version()));
        fixtures.assess(LEAD, id, Rating.MET, null, true);
        fixtures.assess(LIVED, id, Rating.MET, null, true);
        var round2 = as(LEAD, "REVIEWER", () -> applications.application(id));
        as(LEAD, "REVIEWER", () -> decisions.decide(id, round2.version(), Outcome.AWARD, "Well evidenced.", Map.of()));

        assertThat(events.stream(ApplicationStatusChanged.class).filter(e -> e.applicationId() == id)
                .map(ApplicationStatusChanged::to)).containsExactly(ApplicationStatus.SUBMITTED,
                ApplicationStatus.UNDER_REVIEW, ApplicationStatus.CHANGES_REQUESTED, ApplicationStatus.SUBMITTED,
                ApplicationStatus.UNDER_REVIEW, ApplicationStatus.AWARDED);
        var granted = events.stream(AwardGranted.class).filter(e -> e.applicationId() == id).findFirst().orElseThrow();
        assertThat(granted.expiresOn()).isEqualTo(granted.awardedOn().plusYears(3));
        assertThat(directory.byOdsCode("Y90012")).hasValueSatisfying(e -> assertThat(e.surgeryOfSanctuary()).isTrue());
        await().untilAsserted(() -> assertThat(jdbc.queryForObject("select count(*) from audit_entry where "
                + "entity_type = 'AwardApplication' and entity_id = ? and action like 'AWARD_APPLICATION_%'",
                Integer.class, Long.toString(id))).as("started and six transitions").isEqualTo(7));

        var award = as(LEAD, "REVIEWER", () -> awards.awardsOf(practice)).getFirst();
        as(LEAD, "REVIEWER", () -> awards.change(award.id(), award.version(), AwardService.Change.SUSPEND,
                "Complaint under investigation"));
        assertThat(directory.byOdsCode("Y90012")).hasValueSatisfying(e -> assertThat(e.surgeryOfSanctuary()).isFalse());
    }

    @Test
    void reviewers_see_each_others_assessments_only_after_submitting_and_the_practice_never_sees_private_notes() {
        long practice = fixtures.eligible("Y90011");
        long id = fixtures.submitted(practice).id();
        fixtures.assess(LEAD, id, Rating.MET, "Private: I know their partner charity well", true);
        fixtures.assess(LIVED, id, Rating.NOT_MET, null, false);

        var beforeSubmitting = as(LIVED, "REVIEWER", () -> assessments.assessments(id));
        assertThat(beforeSubmitting.others()).isEmpty();
        assertThat(beforeSubmitting.othersHidden()).isTrue();
        assertThat(beforeSubmitting.toString()).doesNotContain("Private: I know");

        var mine = beforeSubmitting.mine();
        as(LIVED, "REVIEWER", () -> assessments.save(id, mine.version(), mine.ratings(), true));
        var after = as(LIVED, "REVIEWER", () -> assessments.assessments(id));
        assertThat(after.others()).singleElement().satisfies(a ->
                assertThat(a.ratings().values()).allMatch(r -> r.privateNote().startsWith("Private: I know")));
        assertThat(after.strongDisagreements()).hasSize(after.others().getFirst().ratings().size());

        assertThat(as(ADMIN, "ADMIN", () -> assessments.feedback(id))).isEmpty();
        assertThatThrownBy(() -> as(MANAGER, "PRACTICE_MANAGER", () -> applications.application(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_decision_is_refused_until_two_have_assessed_one_with_lived_experience_and_a_failed_check_blocks_an_award() {
        long practice = fixtures.eligible("Y90010");
        long id = fixtures.submitted(practice).id();
        fixtures.assess(LEAD, id, Rating.MET, null, true);
        var one = as(LEAD, "REVIEWER", () -> applications.application(id));
        assertThatThrownBy(() -> as(LEAD, "REVIEWER", () -> decisions.decide(id, one.version(), Outcome.NOT_AWARD,
                "Not enough.", Map.of()))).hasMessageContaining("At least 2 panel members")
                .hasMessageContaining("lived experience");

        fixtures.assess(LIVED, id, Rating.MET, null, true);
        as(TRAINER, "TRAINER", () -> checks.record(practice, new CheckReport(LocalDate.now().plusDays(0),
                Channel.PHONE, Set.of(Scenario.NO_PROOF_OF_ADDRESS), CheckOutcome.REFUSED, null)));
        jdbc.update("update mystery_shopper_check set checked_on = date_add(checked_on, interval 0 day) "
                + "where practice_id = ? and outcome = 'WOULD_REGISTER'", practice);
        jdbc.update("update mystery_shopper_check set checked_on = date_sub(curdate(), interval 1 day) "
                + "where practice_id = ? and outcome = 'WOULD_REGISTER'", practice);
        var blockers = as(LEAD, "REVIEWER", () -> decisions.blockers(id, Outcome.AWARD));
        assertThat(blockers).singleElement().asString().contains("cannot be granted").contains("refused");
        assertThat(as(LEAD, "REVIEWER", () -> decisions.blockers(id, Outcome.REQUEST_CHANGES))).isEmpty();
        var both = as(LEAD, "REVIEWER", () -> applications.application(id));
        assertThatThrownBy(() -> as(LEAD, "REVIEWER", () -> decisions.decide(id, both.version(), Outcome.AWARD,
                "Great.", Map.of()))).hasMessageContaining("cannot be granted");
        assertThat(as(LEAD, "REVIEWER", () -> applications.application(id)).status())
                .isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(jdbc.queryForObject("select count(*) from award_decision where application_id = ?", Integer.class,
                id)).isZero();
        assertThatThrownBy(() -> as(LIVED, "REVIEWER", () -> decisions.decide(id, both.version(), Outcome.NOT_AWARD,
                "No.", Map.of()))).isInstanceOf(AccessDeniedException.class).hasMessageContaining("lead reviewer");
    }

    @Test
    void a_reviewer_who_declares_a_conflict_leaves_the_panel_and_cannot_open_the_evidence() {
        long practice = fixtures.eligible("Y90009");
        var application = fixtures.submitted(practice);
        long id = application.id();
        long file = application.evidence().getFirst().id();
        assertThatThrownBy(() -> as(LIVED, "REVIEWER", () -> evidence.download(id, file)))
                .as("no declaration yet").isInstanceOf(AccessDeniedException.class);
        fixtures.assess(LIVED, id, Rating.MET, null, false);
        var downloaded = as(LIVED, "REVIEWER", () -> evidence.download(id, file));
        assertThat(EvidenceFiles.check(downloaded.fileName(), downloaded.bytes()).sha256())
                .isEqualTo(application.evidence().getFirst().sha256());
        as(LIVED, "REVIEWER", () -> reviews.declare(id, true));
        assertThat(as(LEAD, "REVIEWER", () -> reviews.panel(id)).members()).noneMatch(s -> s.name().equals("Daniel Mensah"));
        assertThatThrownBy(() -> as(LIVED, "REVIEWER", () -> evidence.download(id, file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(LIVED, "REVIEWER", () -> applications.application(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(LIVED, "REVIEWER", () -> reviews.declare(id, false)))
                .hasMessageContaining("cannot be undone");
        assertThatThrownBy(() -> as(LIVED, "REVIEWER", () -> reviews.claim(id))).isInstanceOf(IllegalStateException.class);
        long lived = jdbc.queryForObject("select id from user_account where email = ?", Long.class, LIVED);
        assertThatThrownBy(() -> as(ADMIN, "ADMIN", () -> reviews.assign(id, lived)))
                .hasMessageContaining("declared a conflict of interest");
    }

    @Test
    void of_two_leads_deciding_at_once_one_wins_and_the_other_is_told() throws Exception {
        long practice = fixtures.eligible("Y90008");
        long id = fixtures.submitted(practice).id();
        fixtures.assess(LEAD, id, Rating.MET, null, true);
        fixtures.assess(LIVED, id, Rating.MET, null, true);
        long lived = jdbc.queryForObject("select id from user_account where email = ?", Long.class, LIVED);
        jdbc.update("update award_reviewer set lead = true where account_id = ?", lived);
        try {
            long version = as(LEAD, "REVIEWER", () -> applications.application(id)).version();
            var start = new java.util.concurrent.CountDownLatch(1);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            var first = pool.submit(() -> { start.await(); as(LEAD, "REVIEWER", () -> decisions.decide(id, version,
                    Outcome.AWARD, "Award.", Map.of())); return "ok"; });
            var second = pool.submit(() -> { start.await(); as(LIVED, "REVIEWER", () -> decisions.decide(id, version,
                    Outcome.NOT_AWARD, "Not award.", Map.of())); return "ok"; });
            start.countDown();
            int won = 0;
            int told = 0;
            for (var outcome : java.util.List.of(first, second)) {
                try {
                    outcome.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(OptimisticLockingFailureException.class);
                    assertThat(e.getCause().getMessage()).containsAnyOf("Another lead reviewer", "changed while you");
                    told++;
                }
            }
            pool.shutdown();
            assertThat(won).isEqualTo(1);
            assertThat(told).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from award_decision where application_id = ?",
                    Integer.class, id)).isEqualTo(1);
            String status = jdbc.queryForObject("select status from award_application where id = ?", String.class, id);
            String outcome = jdbc.queryForObject("select outcome from award_decision where application_id = ?",
                    String.class, id);
            assertThat(Outcome.valueOf(outcome).leadsTo().name()).isEqualTo(status);
            assertThat(jdbc.queryForObject("select count(*) from award where application_id = ?", Integer.class, id))
                    .isEqualTo(outcome.equals("AWARD") ? 1 : 0);
        } finally {
            jdbc.update("update award_reviewer set lead = false where account_id = ?", lived);
        }
    }
}
