package org.safesurgeries.portal.hostile;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import org.safesurgeries.portal.award.EvidenceService;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.shared.HostileOutcomes;
import org.safesurgeries.portal.shared.HostileOutcomes.Field;
import org.safesurgeries.portal.shared.HostileOutcomes.Result;
import org.safesurgeries.portal.training.TrainingRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Objects;
import java.util.function.Supplier;

import static org.safesurgeries.portal.award.AwardFixtures.ADMIN;
import static org.safesurgeries.portal.award.AwardFixtures.LEAD;
import static org.safesurgeries.portal.award.AwardFixtures.LIVED;
import static org.safesurgeries.portal.award.AwardFixtures.as;

/**
 * The award's review forms and criteria editor, driven in a browserless UI with every hostile value: a reviewer's
 * comment for the practice and private note, the lead's rationale and what a criterion needs, and an administrator's
 * criterion title, guidance and change note. The application under review is made once, in a transaction rolled back
 * at the end; each value is tried under a savepoint rolled back after it.
 */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
class HostileAwardFormsTest extends BrowserlessFormSweep {

    private static final HostileOutcomes OUTCOMES = new HostileOutcomes("award forms in the browserless UI");
    @RegisterExtension
    static final HostileSweep SWEEP = new HostileSweep(OUTCOMES);

    @Override
    HostileSweep hostileSweep() {
        return SWEEP;
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired AwardApplicationService applications;
    @Autowired EvidenceService evidence;
    @Autowired AwardReviewService reviews;
    @Autowired AssessmentService assessments;
    @Autowired PracticeService practices;
    @Autowired TrainingRecords training;
    @Autowired MysteryShopping checks;

    AwardFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AwardFixtures(applications, evidence, reviews, assessments, practices, training, checks, jdbc);
    }

    @Test
    @WithMockUser(username = LEAD, roles = "REVIEWER")
    void a_reviewers_assessment_and_the_leads_decision() {
        SWEEP.rolledBack().transaction(() -> {
            long id = fixtures.submitted(fixtures.eligible("Y90007")).id();
            fixtures.assess(LIVED, id, Rating.MET, null, true);
            fixtures.assess(LEAD, id, Rating.MET, null, false);
            long criterion = as(LEAD, "REVIEWER", () -> applications.application(id)).criteria().criteria()
                    .getFirst().id();
            String page = "reviews/" + id;
            assessment("assessment comment for the practice (assessment form)", "Comment for the practice",
                    "comment_for_practice", id, criterion);
            assessment("assessment private note (assessment form)",
                    "Private note for the panel (never shown to the practice)", "private_note", id, criterion);

            fixtures.assess(LEAD, id, Rating.MET, null, true);
            sweepEach("decision rationale (decision form)", Field.FREE_TEXT, value -> {
                navigate(page, Component.class);
                choose(Outcome.NOT_AWARD);
                var rationale = record(value.value());
                return outcome(value, rationale, () -> one("select rationale from award_decision where "
                        + "application_id = ?", id), page);
            });
            String title = as(LEAD, "REVIEWER", () -> applications.application(id)).criteria().criteria()
                    .getFirst().title();
            sweepEach("decision: what is needed (decision form)", Field.FREE_TEXT, value -> {
                navigate(page, Component.class);
                choose(Outcome.REQUEST_CHANGES);
                var needed = find(TextArea.class).withCaption(title).first();
                test(needed).setValue(value.value());
                record("Nearly there.");
                return outcome(value, needed, () -> one("select c.needed from award_change_request c join "
                        + "award_decision d on d.id = c.decision_id where d.application_id = ? and c.criterion_id = ?",
                        id, criterion), page);
            });
        });
    }

    private void assessment(String input, String caption, String column, long id, long criterion) {
        String before = rating(column, id, criterion);
        String page = "reviews/" + id;
        sweepEach(input, Field.FREE_TEXT, value -> {
            navigate(page, Component.class);
            var field = find(TextArea.class).withCaption(caption).first();
            test(field).setValue(value.value());
            test(find(Button.class).withText("Save draft").single()).click();
            String after = rating(column, id, criterion);
            return outcome(value, field, () -> Objects.equals(after, before) ? null : after, page);
        });
    }

    // Choosing the outcome shows the fields it needs ("what is needed" only for changes requested).
    @SuppressWarnings("unchecked")
    private void choose(Outcome outcome) {
        find(RadioButtonGroup.class).withCaption("Outcome").single().setValue(outcome);
    }

    private TextArea record(String rationale) {
        var field = find(TextArea.class).withCaption("Rationale (the practice will read it)").single();
        test(field).setValue(rationale);
        test(find(Button.class).withText("Record the decision").single()).click();
        find(ConfirmDialog.class).all().stream().findFirst().ifPresent(dialog -> test(dialog).confirm());
        return field;
    }

    private String rating(String column, long applicationId, long criterionId) {
        return one("select r." + column + " from award_assessment_rating r join award_assessment a on "
                + "a.id = r.assessment_id join user_account u on u.id = a.account_id where a.application_id = ? and "
                + "r.criterion_id = ? and u.email = ?", applicationId, criterionId, LEAD);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void the_criteria_editors_title_guidance_and_change_note() {
        criteria("criterion title (criteria editor)", Field.ONE_LINE,
                () -> find(TextField.class).withCaption("Title").first(),
                "select c.title from award_criterion c join award_criteria_version v on v.id = c.criteria_version_id "
                        + "where v.version_number = ? and c.section = 'LEARN' order by c.position limit 1");
        criteria("guidance for applicants (criteria editor)", Field.FREE_TEXT,
                () -> find(TextArea.class).withCaption("Guidance for applicants").first(),
                "select c.applicant_guidance from award_criterion c join award_criteria_version v on "
                        + "v.id = c.criteria_version_id where v.version_number = ? and c.section = 'LEARN' "
                        + "order by c.position limit 1");
        criteria("change note (criteria editor)", Field.FREE_TEXT,
                () -> find(TextArea.class).withCaption("Change note (optional)").single(),
                "select change_note from award_criteria_version where version_number = ?");
    }

    private void criteria(String input, Field field, Supplier<? extends HasValidation> locate, String readBack) {
        sweep(input, field, value -> {
            // A new editor each time: navigating to the page it is already on would keep the editor, which still
            // holds the version the previous value published before it was rolled back.
            navigate("", Component.class);
            navigate("admin/award-criteria", Component.class);
            // The version the page offers to publish (other tests may have published versions before this one).
            var publish = find(Button.class).all().stream().filter(b -> b.getText().startsWith("Publish version "))
                    .findFirst().orElseThrow();
            int next = Integer.parseInt(publish.getText().substring("Publish version ".length()));
            var typed = locate.get();
            if (typed instanceof TextField text) {
                test(text).setValue(value.value());
            } else {
                test((TextArea) typed).setValue(value.value());
            }
            test(publish).click();
            find(ConfirmDialog.class).all().stream().findFirst().ifPresent(dialog -> test(dialog).confirm());
            return outcome(value, typed, () -> one(readBack, next), "admin/award-criteria");
        });
    }

    /** The first column of the first row, or null when there is none. */
    private String one(String sql, Object... args) {
        var rows = jdbc.queryForList(sql, String.class, args);
        return rows.isEmpty() ? null : rows.getFirst();
    }
}
