package org.safesurgeries.portal.award;

import org.safesurgeries.portal.award.AwardChoices.Rating;
import org.safesurgeries.portal.award.AwardChoices.Section;
import org.safesurgeries.portal.award.ReviewRecords.RatingInput;
import org.safesurgeries.portal.practice.Headcounts;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Channel;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Scenario;
import org.safesurgeries.portal.registrationaudit.CheckReport;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.safesurgeries.portal.training.SessionDetails;
import org.safesurgeries.portal.training.SessionDetails.Attendance;
import org.safesurgeries.portal.training.TrainingAnswers.SessionFormat;
import org.safesurgeries.portal.training.TrainingAnswers.Source;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingRecords;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Steps of the award workflow for tests, each run as the person who would take it: the admin stands in for the
 * practice (admins may act for any practice), the demo trainer trains and checks, the demo reviewers review.
 */
public final class AwardFixtures {

    public static final String ADMIN = "admin@demo.safesurgery.example";
    public static final String MANAGER = "manager@demo.safesurgery.example";
    public static final String TRAINER = "trainer@demo.safesurgery.example";
    public static final String LEAD = "reviewer@demo.safesurgery.example";
    public static final String LIVED = "reviewer2@demo.safesurgery.example";

    private final AwardApplicationService applications;
    private final EvidenceService evidence;
    private final AwardReviewService reviews;
    private final AssessmentService assessments;
    private final PracticeService practices;
    private final TrainingRecords training;
    private final MysteryShopping checks;
    private final JdbcTemplate jdbc;

    public AwardFixtures(AwardApplicationService applications, EvidenceService evidence, AwardReviewService reviews,
                  AssessmentService assessments, PracticeService practices, TrainingRecords training,
                  MysteryShopping checks, JdbcTemplate jdbc) {
        this.applications = applications;
        this.evidence = evidence;
        this.reviews = reviews;
        this.assessments = assessments;
        this.practices = practices;
        this.training = training;
        this.checks = checks;
        this.jdbc = jdbc;
    }

    public static <T> T as(String email, String role, Supplier<T> work) {
        var result = new AtomicReference<T>();
        SystemAuthentication.runAs(email, "ROLE_" + role, () -> result.set(work.get()));
        return result.get();
    }

    public static void as(String email, String role, Runnable work) {
        SystemAuthentication.runAs(email, "ROLE_" + role, work);
    }

    public long practice(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }

    /** Head-counts, reception training and a passing check, so that the (declared) practice is eligible. */
    public long eligible(String odsCode) {
        long practiceId = practice(odsCode);
        as(ADMIN, "ADMIN", () -> {
            var practice = practices.get(practiceId);
            if (practice.headcounts().total() == 0) {
                practices.changeHeadcounts(practiceId, practice.version(), new Headcounts(6, 8, 1, 2));
            }
        });
        as(TRAINER, "TRAINER", () -> {
            var topics = Set.of(training.topics().getFirst().id());
            training.record(new SessionDetails(LocalDate.now().minusDays(60), SessionFormat.ONLINE,
                    Source.DOTW_TRAINER, 60, topics, List.of(new Attendance(practiceId, StaffRole.RECEPTION_ADMIN, 6)),
                    List.of(), null));
            checks.record(practiceId, new CheckReport(LocalDate.now(), Channel.PHONE,
                    Set.of(Scenario.NO_PHOTO_ID), CheckOutcome.WOULD_REGISTER, null));
        });
        return practiceId;
    }

    /** Closes anything a previous test left open on the practice, then starts and completes an application. */
    public ApplicationDetails complete(long practiceId) {
        jdbc.update("update award_application set status = 'WITHDRAWN' where practice_id = ? and status in "
                + "('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED')", practiceId);
        return as(ADMIN, "ADMIN", () -> {
            var application = applications.start(practiceId);
            for (var section : Section.values()) {
                for (var criterion : application.criteria().of(section).stream()
                        .limit(application.criteria().minimum(section)).toList()) {
                    applications.saveNarrative(application.id(), criterion.id(), -1, "We do this: "
                            + criterion.title());
                    evidence.attach(application.id(), criterion.id(), criterion.code() + ".pdf",
                            HostileFiles.goodPdf());
                }
            }
            return applications.application(application.id());
        });
    }

    public ApplicationDetails submitted(long practiceId) {
        var application = complete(practiceId);
        return as(ADMIN, "ADMIN", () -> applications.submit(application.id(), application.version(), true));
    }

    /** The reviewer declares no conflict, joins and (optionally) submits the same rating for every criterion. */
    public void assess(String reviewer, long applicationId, Rating rating, String note, boolean submit) {
        as(reviewer, "REVIEWER", () -> {
            if (reviews.panel(applicationId).myConflict().isEmpty()) {
                reviews.declare(applicationId, false);
            }
            reviews.claim(applicationId);
            var ratings = new HashMap<Long, RatingInput>();
            applications.application(applicationId).criteria().criteria().forEach(c ->
                    ratings.put(c.id(), new RatingInput(rating, "A comment for the practice.", note)));
            var mine = assessments.assessments(applicationId).mine();
            assessments.save(applicationId, mine.version(), ratings, submit);
        });
    }

    public Map<String, Object> row(String sql, Object... args) {
        return jdbc.queryForMap(sql, args);
    }
}
