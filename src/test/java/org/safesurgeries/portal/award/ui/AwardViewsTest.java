package org.safesurgeries.portal.award.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.award.AssessmentService;
import org.safesurgeries.portal.award.AwardApplicationService;
import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardChoices.Outcome;
import org.safesurgeries.portal.award.AwardChoices.Rating;
import org.safesurgeries.portal.award.AwardFixtures;
import org.safesurgeries.portal.award.AwardReviewService;
import org.safesurgeries.portal.award.DecisionService;
import org.safesurgeries.portal.award.EvidenceService;
import org.safesurgeries.portal.award.HostileFiles;
import org.safesurgeries.portal.award.ReviewQueue;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.training.TrainingRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safesurgeries.portal.award.AwardFixtures.ADMIN;
import static org.safesurgeries.portal.award.AwardFixtures.LEAD;
import static org.safesurgeries.portal.award.AwardFixtures.LIVED;
import static org.safesurgeries.portal.award.AwardFixtures.as;

/** The award's pages in a browserless UI: what each person can open and what they see. */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
class AwardViewsTest extends SpringBrowserlessTest {

    @Autowired AwardApplicationService applications;
    @Autowired EvidenceService evidence;
    @Autowired AwardReviewService reviews;
    @Autowired AssessmentService assessments;
    @Autowired DecisionService decisions;
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
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void the_application_page_explains_eligibility_saves_narratives_and_refuses_bad_files_and_patient_data() {
        long practice = fixtures.eligible("Y90004");
        jdbc.update("update award_application set status = 'WITHDRAWN' where practice_id = ? and status in "
                + "('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED')", practice);
        navigate("award/" + practice, Component.class);
        assertThat(text()).contains("A current Safe Surgery declaration").contains("No unresolved failed mystery")
                .contains("reception and admin staff trained");
        test(find(Button.class).withId("start-application").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        long id = jdbc.queryForObject("select id from award_application where practice_id = ? and status = 'DRAFT'",
                Long.class, practice);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Staff learn what it means to seek sanctuary") || t.contains("Tell us how"));

        var narratives = find(TextArea.class).withCaption("What your practice does").all();
        test(narratives.get(0)).setValue("Every receptionist attended the Doctors of the World session.");
        assertThat(jdbc.queryForObject("select narrative from award_response where application_id = ?", String.class,
                id)).startsWith("Every receptionist");
        test(narratives.get(1)).setValue("We helped Mr X, date of birth 12/03/1980, register.");
        assertThat(narratives.get(1).isInvalid()).isTrue();
        assertThat(narratives.get(1).getErrorMessage()).contains("date of birth");
        assertThat(jdbc.queryForObject("select count(*) from award_response where application_id = ?", Integer.class,
                id)).isEqualTo(1);

        var uploads = find(Upload.class).all();
        test(uploads.get(0)).upload("policy.pdf", "application/pdf", HostileFiles.goodPdf());
        roundTrip();
        test(uploads.get(0)).upload("policy.pdf", "application/pdf", HostileFiles.executableRenamedPdf());
        roundTrip();
        assertThat(jdbc.queryForObject("select count(*) from award_evidence where application_id = ?", Integer.class,
                id)).isEqualTo(1);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("\"policy.pdf\" was not attached: Only PDF, PNG, JPEG and Word"));
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).anyMatch(t -> t.startsWith("policy.pdf (PDF"));
        as(ADMIN, "ADMIN", () -> applications.withdraw(id, applications.application(id).version()));
    }

    @Test
    @WithMockUser(username = AwardFixtures.MANAGER, roles = "PRACTICE_MANAGER")
    void a_practice_manager_cannot_open_another_practices_application_or_the_review_pages() {
        long other = jdbc.queryForObject("select min(a.id) from award_application a join practice p on p.id = "
                + "a.practice_id where p.ods_code not in ('Y90001', 'Y90002')", Long.class);
        navigate("award/application/" + other, Component.class);
        assertThat(text()).contains("You do not have access to this application.");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).noneMatch(t -> t.endsWith(".pdf (PDF, 1 KB)"));
        navigate("reviews", Component.class);
        assertThat(viewName()).isNotEqualTo("ReviewQueueView");
        navigate("reviews/" + other, Component.class);
        assertThat(viewName()).isNotEqualTo("ReviewView");
        navigate("awards", Component.class);
        assertThat(viewName()).isNotEqualTo("AwardsView");
    }

    @Test
    @WithMockUser(username = LIVED, roles = "REVIEWER")
    void a_reviewer_declares_before_seeing_evidence_and_a_conflict_keeps_it_closed() {
        long practice = fixtures.eligible("Y90004");
        var application = fixtures.submitted(practice);
        navigate(ReviewView.path(application.id()), Component.class);
        assertThat(text()).contains("Before you read the application");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).noneMatch(t -> t.contains(".pdf"));
        assertThat(find(TextArea.class).exists()).isFalse();

        test(find(Button.class).withId("declare-conflict").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        navigate(ReviewView.path(application.id()), Component.class);
        assertThat(text()).contains("You declared a conflict of interest with this application");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).noneMatch(t -> t.contains(".pdf"));
        navigate("reviews", Component.class);
        assertThat(viewName()).isEqualTo("ReviewQueueView");
    }

    @Test
    @WithMockUser(username = LEAD, roles = "REVIEWER")
    void the_queue_keeps_its_filters_when_the_reviewer_comes_back_and_reads_its_rows_again() {
        long practice = fixtures.eligible("Y90006");
        var draft = fixtures.complete(practice);
        navigate("reviews", Component.class);
        var queue = getCurrentView();
        test(find(Select.class).withCaption("Status").single()).selectItem("Submitted");
        int before = test(find(Grid.class).single()).size();

        as(ADMIN, "ADMIN", () -> applications.submit(draft.id(), draft.version(), true));
        navigate("", Component.class);
        navigate("reviews", Component.class);

        assertThat(getCurrentView()).as("the same queue, not built again").isSameAs(queue);
        assertThat(find(Select.class).withCaption("Status").single().getValue()).isEqualTo(ApplicationStatus.SUBMITTED);
        @SuppressWarnings("unchecked")
        var grid = test((Grid<ReviewQueue.Row>) find(Grid.class).single());
        assertThat(grid.size()).as("the application submitted meanwhile").isEqualTo(before + 1);
        assertThat(java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow)
                .map(ReviewQueue.Row::applicationId)).contains(draft.id());
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void the_practice_reads_the_decision_and_comments_but_never_the_private_notes() {
        long practice = fixtures.eligible("Y90004");
        long id = fixtures.submitted(practice).id();
        fixtures.assess(LEAD, id, Rating.PARTLY_MET, "PRIVATE-NOTE: their ICB lead is my cousin's friend", true);
        fixtures.assess(LIVED, id, Rating.MET, null, true);
        long version = as(LEAD, "REVIEWER", () -> applications.application(id)).version();
        long first = as(LEAD, "REVIEWER", () -> applications.application(id)).criteria().criteria().getFirst().id();
        as(LEAD, "REVIEWER", () -> decisions.decide(id, version, Outcome.REQUEST_CHANGES, "Nearly there.",
                Map.of(first, "Add the dates of your training sessions.")));

        navigate("award/application/" + id, Component.class);
        assertThat(text()).contains("Rationale: Nearly there.").contains("Add the dates of your training sessions.")
                .contains("A comment for the practice.").doesNotContain("PRIVATE-NOTE").doesNotContain("Rosa Haddad");
        assertThat(find(TextArea.class).withCaption("What your practice does").all()).isNotEmpty();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private String viewName() {
        return getCurrentView().getClass().getSimpleName().replaceAll("[$][$].*", "");
    }
}
