package org.safesurgeries.portal.demo;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.safesurgeries.portal.award.AssessmentService;
import org.safesurgeries.portal.award.AwardApplicationService;
import org.safesurgeries.portal.award.AwardChoices.Outcome;
import org.safesurgeries.portal.award.AwardChoices.Rating;
import org.safesurgeries.portal.award.AwardChoices.Section;
import org.safesurgeries.portal.award.AwardReviewService;
import org.safesurgeries.portal.award.DecisionService;
import org.safesurgeries.portal.award.EvidenceService;
import org.safesurgeries.portal.award.ReviewRecords.RatingInput;
import org.safesurgeries.portal.award.ReviewerService;
import org.safesurgeries.portal.practice.Headcounts;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Channel;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Scenario;
import org.safesurgeries.portal.registrationaudit.CheckReport;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.training.SessionDetails;
import org.safesurgeries.portal.training.SessionDetails.Attendance;
import org.safesurgeries.portal.training.TrainingAnswers.SessionFormat;
import org.safesurgeries.portal.training.TrainingAnswers.Source;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The award in the demo: two reviewers (one leads, one has lived experience), one practice awarded through the
 * real workflow, and two applications waiting in the review queue (one past the 30-day target). The demo
 * manager's Riverside Health Centre (Y90001) gets reception training so that it can apply.
 */
@Component
class DemoAwards {

    static final String LEAD = "reviewer@demo.safesurgery.example";
    static final String LIVED = "reviewer2@demo.safesurgery.example";
    private static final List<String> CANDIDATES = List.of("Y90003", "Y90004", "Y90005", "Y90006", "Y90007",
            "Y90008", "Y90009", "Y90010", "Y90011", "Y90012");

    private final AwardApplicationService applications;
    private final EvidenceService evidence;
    private final AwardReviewService reviews;
    private final AssessmentService assessments;
    private final DecisionService decisions;
    private final ReviewerService reviewers;
    private final PracticeService practices;
    private final TrainingRecords training;
    private final MysteryShopping checks;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoAwards(AwardApplicationService applications, EvidenceService evidence, AwardReviewService reviews,
               AssessmentService assessments, DecisionService decisions, ReviewerService reviewers,
               PracticeService practices, TrainingRecords training, MysteryShopping checks, JdbcTemplate jdbc,
               Clock clock) {
        this.applications = applications;
        this.evidence = evidence;
        this.reviews = reviews;
        this.assessments = assessments;
        this.decisions = decisions;
        this.reviewers = reviewers;
        this.practices = practices;
        this.training = training;
        this.checks = checks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs as the system administrator; does nothing when an award application already exists. */
    void create(Map<String, Long> practiceIds) {
        for (var r : reviewers.reviewers()) {
            if (r.email().equals(LEAD) && !r.lead()) {
                reviewers.change(r.accountId(), r.version(), true, false);
            } else if (r.email().equals(LIVED) && !r.livedExperience()) {
                reviewers.change(r.accountId(), r.version(), false, true);
            }
        }
        Integer existing = jdbc.queryForObject("select count(*) from award_application", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        long riverside = practiceIds.get("Y90001");
        SystemAuthentication.runAs(DemoTraining.TRAINER, "ROLE_TRAINER", () -> training.record(session(riverside, 5)));
        var ready = new ArrayList<Long>();
        for (String code : CANDIDATES) {
            if (ready.size() == 3) {
                break;
            }
            long practice = practiceIds.get(code);
            if (prepare(practice)) {
                ready.add(practice);
            }
        }
        long awarded = submitted(ready.get(0));
        panelAssesses(awarded);
        SystemAuthentication.runAs(LEAD, "ROLE_REVIEWER", () -> decisions.decide(awarded,
                applications.application(awarded).version(), Outcome.AWARD, "Strong, well-evidenced application: "
                        + "staff across the practice are trained, registration is open to all, and the practice "
                        + "shares its learning with its primary care network.", Map.of()));
        long overdue = submitted(ready.get(1));
        jdbc.update("update award_application set status_since = ?, submitted_at = ? where id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(41))),
                Timestamp.from(clock.instant().minus(Duration.ofDays(41))), overdue);
        submitted(ready.get(2));
    }

    // Head-counts, a recent trainer session for reception, and a passing mystery-shopper check.
    private boolean prepare(long practiceId) {
        var practice = practices.get(practiceId);
        if (practice.headcounts().total() == 0) {
            practices.changeHeadcounts(practiceId, practice.version(), new Headcounts(6, 8, 1, 2));
        }
        SystemAuthentication.runAs(DemoTraining.TRAINER, "ROLE_TRAINER", () -> {
            training.record(session(practiceId, 4));
            checks.record(practiceId, new CheckReport(UkCalendar.today(clock), Channel.IN_PERSON,
                    Set.of(Scenario.NO_PROOF_OF_ADDRESS), CheckOutcome.WOULD_REGISTER, null));
        });
        return applications.eligibility(practiceId).eligible();
    }

    private SessionDetails session(long practiceId, int reception) {
        var topics = training.topics().stream().limit(3).map(TrainingRecords.Topic::id)
                .collect(java.util.stream.Collectors.toSet());
        return new SessionDetails(UkCalendar.today(clock).minusDays(100), SessionFormat.IN_PERSON,
                Source.DOTW_TRAINER, 120, topics, List.of(new Attendance(practiceId, StaffRole.RECEPTION_ADMIN,
                reception), new Attendance(practiceId, StaffRole.CLINICAL, 3)), List.of(), null);
    }

    // Two criteria per section, each with a narrative and a one-page PDF, then submitted.
    private long submitted(long practiceId) {
        var application = applications.start(practiceId);
        for (var section : Section.values()) {
            for (var criterion : application.criteria().of(section).stream().limit(2).toList()) {
                applications.saveNarrative(application.id(), criterion.id(), -1, "What we do: "
                        + criterion.title().toLowerCase() + ". Our whole team took part, and we review it every "
                        + "year with our patient participation group.");
                evidence.attach(application.id(), criterion.id(), criterion.code() + ".pdf", pdf(criterion.title()));
            }
        }
        return applications.submit(application.id(), applications.application(application.id()).version(), true)
                .id();
    }

    private void panelAssesses(long applicationId) {
        for (String reviewer : List.of(LEAD, LIVED)) {
            SystemAuthentication.runAs(reviewer, "ROLE_REVIEWER", () -> {
                reviews.declare(applicationId, false);
                reviews.claim(applicationId);
                var ratings = new HashMap<Long, RatingInput>();
                applications.application(applicationId).criteria().criteria().forEach(c ->
                        ratings.put(c.id(), new RatingInput(Rating.MET, "Clear and well evidenced.", null)));
                assessments.save(applicationId, -1, ratings, true);
            });
        }
    }

    private static byte[] pdf(String title) {
        var out = new ByteArrayOutputStream();
        try (var document = new Document()) {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Demo evidence: " + title));
            document.add(new Paragraph("A made-up document for the Safe Surgery portal's demonstration data."));
        }
        return out.toByteArray();
    }
}
