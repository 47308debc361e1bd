package org.safesurgeries.portal.hostile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.award.AssessmentService;
import org.safesurgeries.portal.award.AwardApplicationService;
import org.safesurgeries.portal.award.AwardChoices.Outcome;
import org.safesurgeries.portal.award.AwardChoices.Rating;
import org.safesurgeries.portal.award.AwardFixtures;
import org.safesurgeries.portal.award.AwardReviewService;
import org.safesurgeries.portal.award.AwardService;
import org.safesurgeries.portal.award.DecisionService;
import org.safesurgeries.portal.award.EvidenceService;
import org.safesurgeries.portal.award.ReviewRecords.RatingInput;
import org.safesurgeries.portal.certificate.CertificateService;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.shared.HostileInputs;
import org.safesurgeries.portal.shared.HostileOutcomes;
import org.safesurgeries.portal.shared.HostileOutcomes.Field;
import org.safesurgeries.portal.shared.HostileOutcomes.Result;
import org.safesurgeries.portal.training.TrainingRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.function.Function;

import static org.safesurgeries.portal.award.AwardFixtures.ADMIN;
import static org.safesurgeries.portal.award.AwardFixtures.LEAD;
import static org.safesurgeries.portal.award.AwardFixtures.LIVED;
import static org.safesurgeries.portal.award.AwardFixtures.as;

/**
 * Every hostile value typed into the award's free text (narratives, the panel's comments and notes, the decision)
 * and into the reasons for suspending an award or a certificate, through the services. Applications are made
 * afresh inside a transaction that is rolled back, as is each try.
 */
@PortalTest
class HostileAwardTextTest {

    private static final HostileOutcomes OUTCOMES = new HostileOutcomes("service fields (award, status reasons)");
    @RegisterExtension
    static final HostileSweep SWEEP = new HostileSweep(OUTCOMES);

    @Autowired AwardApplicationService applications;
    @Autowired EvidenceService evidence;
    @Autowired AwardReviewService reviews;
    @Autowired AssessmentService assessments;
    @Autowired DecisionService decisions;
    @Autowired AwardService awards;
    @Autowired CertificateService certificates;
    @Autowired PracticeService practices;
    @Autowired TrainingRecords training;
    @Autowired MysteryShopping checks;
    @Autowired JdbcTemplate jdbc;

    AwardFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AwardFixtures(applications, evidence, reviews, assessments, practices, training, checks, jdbc);
    }

    @Test
    void application_narratives() {
        SWEEP.rolledBack().transaction(() -> {
            long practice = fixtures.eligible("Y90007");
            var application = fixtures.complete(practice);
            var criterion = application.criteria().criteria().getFirst();
            long version = application.narrative(criterion.id()).version();
            sweep("award narrative", Field.FREE_TEXT, value -> as(ADMIN, "ADMIN", () -> SWEEP.rolledBack().attempt(
                    () -> applications.saveNarrative(application.id(), criterion.id(), version, value),
                    saved -> jdbc.queryForObject("select narrative from award_response where application_id = ? "
                            + "and criterion_id = ?", String.class, application.id(), criterion.id()))));
        });
    }

    @Test
    void the_panels_comments_notes_and_decision() {
        SWEEP.rolledBack().transaction(() -> {
            long practice = fixtures.eligible("Y90007");
            long id = fixtures.submitted(practice).id();
            fixtures.assess(LIVED, id, Rating.MET, null, true);
            fixtures.assess(LEAD, id, Rating.MET, null, false);
            long criterion = as(LEAD, "REVIEWER", () -> applications.application(id)).criteria().criteria()
                    .getFirst().id();
            long mine = as(LEAD, "REVIEWER", () -> assessments.assessments(id)).mine().version();
            sweep("assessment comment for the practice", Field.FREE_TEXT, value -> as(LEAD, "REVIEWER",
                    () -> SWEEP.rolledBack().attempt(() -> assessments.save(id, mine,
                                    Map.of(criterion, new RatingInput(Rating.MET, value, null)), false),
                            saved -> rating("comment_for_practice", id, criterion))));
            sweep("assessment private note", Field.FREE_TEXT, value -> as(LEAD, "REVIEWER",
                    () -> SWEEP.rolledBack().attempt(() -> assessments.save(id, mine,
                                    Map.of(criterion, new RatingInput(Rating.MET, null, value)), false),
                            saved -> rating("private_note", id, criterion))));

            fixtures.assess(LEAD, id, Rating.MET, null, true);
            long version = as(LEAD, "REVIEWER", () -> applications.application(id)).version();
            sweep("decision rationale", Field.FREE_TEXT, value -> as(LEAD, "REVIEWER", () -> SWEEP.rolledBack().attempt(
                    () -> {
                        decisions.decide(id, version, Outcome.NOT_AWARD, value, Map.of());
                        return id;
                    }, decided -> jdbc.queryForObject("select rationale from award_decision where application_id = ?",
                            String.class, decided))));
            sweep("decision: what is needed", Field.FREE_TEXT, value -> as(LEAD, "REVIEWER", () -> SWEEP.rolledBack().attempt(
                    () -> {
                        decisions.decide(id, version, Outcome.REQUEST_CHANGES, "Nearly there.",
                                Map.of(criterion, value));
                        return id;
                    }, decided -> jdbc.queryForObject("select c.needed from award_change_request c join award_decision"
                            + " d on d.id = c.decision_id where d.application_id = ?", String.class, decided))));
        });
    }

    private String rating(String column, long applicationId, long criterionId) {
        return jdbc.queryForObject("select r." + column + " from award_assessment_rating r join award_assessment a on "
                + "a.id = r.assessment_id join user_account u on u.id = a.account_id where a.application_id = ? and "
                + "r.criterion_id = ? and u.email = ?", String.class, applicationId, criterionId, LEAD);
    }

    @Test
    void reasons_for_suspending_an_award_or_a_certificate() {
        var award = jdbc.queryForMap("select id, version from award where status = 'ACTIVE' order by id limit 1");
        long awardId = ((Number) award.get("id")).longValue();
        long awardVersion = ((Number) award.get("version")).longValue();
        sweep("award suspension reason", Field.FREE_TEXT, value -> as(ADMIN, "ADMIN", () -> SWEEP.rolledBack().attempt(
                () -> awards.change(awardId, awardVersion, AwardService.Change.SUSPEND, value),
                changed -> jdbc.queryForObject("select status_reason from award where id = ?", String.class,
                        awardId))));

        var certificate = jdbc.queryForMap("select id, version from certificate where status = 'ISSUED' order by id "
                + "limit 1");
        long certificateId = ((Number) certificate.get("id")).longValue();
        long certificateVersion = ((Number) certificate.get("version")).longValue();
        sweep("certificate suspension reason", Field.FREE_TEXT, value -> as(ADMIN, "ADMIN", () -> SWEEP.rolledBack().attempt(
                () -> certificates.change(certificateId, certificateVersion, CertificateService.Change.SUSPEND,
                        value),
                changed -> jdbc.queryForObject("select status_reason from certificate where id = ?", String.class,
                        certificateId))));
    }

    /** Feeds every value to the input, each in a transaction rolled back afterwards, and judges what it did. */
    private void sweep(String input, Field field, Function<String, Result> attempt) {
        SWEEP.swept(input);
        SWEEP.rolledBack().transaction(() -> {
            for (var value : HostileInputs.all()) {
                OUTCOMES.judge(input, field, value, attempt.apply(value.value()));
            }
        });
    }
}
