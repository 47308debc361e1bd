package org.safesurgeries.portal.award.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.award.AwardChoices.Section;
import org.safesurgeries.portal.award.AwardCriteria;
import org.safesurgeries.portal.award.CriteriaDraft;
import org.safesurgeries.portal.award.CriteriaSet;
import org.safesurgeries.portal.award.ReviewerService;
import org.safesurgeries.portal.award.ReviewerService.Reviewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.ClassUtils;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The award's administration pages: criteria versions, the review panel and awards. The database is shared by the
 * whole suite, so versions are counted from the one in use when a test starts, and seeded awards are removed.
 */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
class AwardAdminViewsTest extends SpringBrowserlessTest {

    private static final String ADMIN = "admin@demo.safesurgery.example";
    private static final String REVIEWER = "reviewer@demo.safesurgery.example";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AwardCriteria criteria;

    @Autowired
    ReviewerService reviewers;

    private Long seededAward;
    private Long seededApplication;

    @AfterEach
    void removeSeededAward() {
        if (seededAward != null) {
            jdbc.update("delete from award where id = ?", seededAward);
        }
        if (seededApplication != null) {
            jdbc.update("delete from award_application where id = ?", seededApplication);
        }
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void the_admin_publishes_the_next_version_with_an_added_criterion_and_version_1_stays_as_it_was() {
        var before = criteria.current();
        int next = before.versionNumber() + 1;
        navigate("admin/award-criteria", Component.class);

        var share = section(Section.SHARE);
        test(find(Button.class).from(share).withText("Add a criterion").single()).click();
        var added = share.cards().getLast();
        test(added.title).setValue("Talks at the community centre");
        test(added.applicantGuidance).setValue("Tell us about talks the practice gave at local community centres.");
        test(added.reviewerGuidance).setValue("Look for talks given in the last two years.");
        test(find(TextArea.class).withCaption("Change note (optional)").single())
                .setValue("Adds community talks to Share");
        test(find(Button.class).withText("Publish version " + next).single()).click();

        var dialog = test(find(ConfirmDialog.class).single());
        assertThat(dialog.getHeader()).isEqualTo("Publish version " + next + "?");
        assertThat(dialog.getText()).contains("Applications already started keep the version they were made under");
        assertThat(criteria.current().versionNumber()).as("nothing until the admin confirms").isEqualTo(next - 1);
        dialog.confirm();

        var now = criteria.current();
        assertThat(now.versionNumber()).isEqualTo(next);
        assertThat(now.changeNote()).isEqualTo("Adds community talks to Share");
        assertThat(now.of(Section.SHARE)).extracting(CriteriaSet.Criterion::title)
                .endsWith("Talks at the community centre");
        assertThat(now.criteria()).extracting(CriteriaSet.Criterion::code)
                .as("carried-over criteria keep their codes")
                .containsAll(before.criteria().stream().map(CriteriaSet.Criterion::code).toList());
        assertThat(paragraphs()).anyMatch(p -> p.startsWith("Version " + next + " is in use: published on"));
        assertThat(find(Button.class).withText("Publish version " + (next + 1)).exists()).isTrue();

        var first = criteria.version(1);
        assertThat(first.versionNumber()).isEqualTo(1);
        assertThat(first.criteria()).hasSize(10).extracting(CriteriaSet.Criterion::title)
                .doesNotContain("Talks at the community centre");
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void a_draft_with_fewer_criteria_than_a_section_asks_for_is_refused_with_the_problems_shown_and_nothing_published() {
        var before = criteria.current();
        int next = before.versionNumber() + 1;
        int shareCount = before.of(Section.SHARE).size();
        navigate("admin/award-criteria", Component.class);

        var share = section(Section.SHARE);
        test(find(Button.class).from(share).withText("Remove").first()).click();
        var remove = test(find(ConfirmDialog.class).single());
        assertThat(remove.getHeader()).isEqualTo("Remove this criterion?");
        remove.confirm();
        assertThat(share.cards()).hasSize(shareCount - 1);
        test(share.minimum).setValue(shareCount);
        var learn = section(Section.LEARN);
        test(find(Button.class).from(learn).withText("Add a criterion").single()).click();

        test(find(Button.class).withText("Publish version " + next).single()).click();

        assertThat(find(ConfirmDialog.class).exists()).as("refused before asking").isFalse();
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Share: it asks for at least " + shareCount + " evidenced criteria but has only "
                        + (shareCount - 1) + ", so no application could be submitted.")
                .anyMatch(t -> t.endsWith(": enter a title."));
        assertThat(share.minimum.isInvalid()).isTrue();
        var blank = learn.cards().getLast();
        assertThat(blank.title.isInvalid()).isTrue();
        assertThat(blank.title.getErrorMessage()).isEqualTo("Enter a title.");
        assertThat(criteria.current().versionNumber()).isEqualTo(before.versionNumber());
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void a_title_or_change_note_holding_patient_data_is_marked_at_its_field_as_well_as_listed() {
        var before = criteria.current();
        navigate("admin/award-criteria", Component.class);
        var card = section(Section.LEARN).cards().getFirst();
        test(card.title).setValue("Learning from Mrs K (943.476.5919)");
        var changeNote = find(TextArea.class).withCaption("Change note (optional)").single();
        test(changeNote).setValue("Asked for by reception\u0007");

        test(find(Button.class).withText("Publish version " + (before.versionNumber() + 1)).single()).click();

        assertThat(card.title.isInvalid()).isTrue();
        assertThat(card.title.getErrorMessage()).contains("NHS number").doesNotContain("943.476.5919");
        assertThat(changeNote.isInvalid()).isTrue();
        assertThat(changeNote.getErrorMessage()).contains("control character");
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .anyMatch(t -> t.startsWith("Criterion 1, title: ") && t.contains("NHS number"))
                .anyMatch(t -> t.startsWith("The change note: "));
        assertThat(criteria.current().versionNumber()).isEqualTo(before.versionNumber());
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void a_version_published_by_someone_else_meanwhile_is_reported_and_the_draft_is_kept() {
        var before = criteria.current();
        navigate("admin/award-criteria", Component.class);
        var edited = section(Section.LEARN).cards().getFirst();
        test(edited.title).setValue("Staff learn about sanctuary, edited here");

        var theirs = CriteriaDraft.of(before);
        criteria.publish(before.versionNumber(), new CriteriaDraft(theirs.minimums(), theirs.criteria(),
                "Published by someone else meanwhile"));
        test(find(Button.class).withText("Publish version " + (before.versionNumber() + 1)).single()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        var now = criteria.current();
        assertThat(now.versionNumber()).isEqualTo(before.versionNumber() + 1);
        assertThat(now.changeNote()).as("their version is not replaced").isEqualTo("Published by someone else meanwhile");
        assertThat(now.criteria()).extracting(CriteriaSet.Criterion::title)
                .doesNotContain("Staff learn about sanctuary, edited here");
        assertThat(paragraphs()).anyMatch(p -> p.startsWith("Someone published version " + now.versionNumber()))
                .contains("Your draft is still below. Copy anything you want to keep, then open the latest version "
                        + "and make your changes to it.");
        assertThat(edited.title.getValue()).isEqualTo("Staff learn about sanctuary, edited here");
        assertThat(edited.isAttached()).isTrue();
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void the_admin_ticks_lived_experience_for_a_reviewer_and_it_is_saved_at_once() {
        var rosa = reviewer(REVIEWER);
        navigate("admin/reviewers", Component.class);
        try {
            var box = find(Checkbox.class)
                    .withAriaLabel(ReviewersView.LIVED_EXPERIENCE + ": " + rosa.name()).single();
            assertThat(box.getValue()).isEqualTo(rosa.livedExperience());
            test(box).click();

            var saved = reviewer(REVIEWER);
            assertThat(saved.livedExperience()).isEqualTo(!rosa.livedExperience());
            assertThat(saved.lead()).isEqualTo(rosa.lead());
            assertThat(notifications()).anyMatch(t -> t.startsWith("Saved: "));
        } finally {
            var now = reviewer(REVIEWER);
            reviewers.change(now.accountId(), now.version(), rosa.lead(), rosa.livedExperience());
        }
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void a_reviewer_change_made_elsewhere_meanwhile_is_not_overwritten_and_the_boxes_show_what_is_stored() {
        var rosa = reviewer(REVIEWER);
        navigate("admin/reviewers", Component.class);
        try {
            reviewers.change(rosa.accountId(), rosa.version(), rosa.lead(), !rosa.livedExperience());
            test(find(Checkbox.class).withAriaLabel(ReviewersView.LEAD + ": " + rosa.name()).single()).click();

            var stored = reviewer(REVIEWER);
            assertThat(stored.lead()).as("the stale change is refused").isEqualTo(rosa.lead());
            assertThat(stored.livedExperience()).as("the other change is kept").isEqualTo(!rosa.livedExperience());
            assertThat(notifications()).anyMatch(t -> t.startsWith("Someone else changed " + rosa.name()));
            assertThat(find(Checkbox.class).withAriaLabel(ReviewersView.LEAD + ": " + rosa.name()).single()
                    .getValue()).isEqualTo(rosa.lead());
            assertThat(find(Checkbox.class).withAriaLabel(ReviewersView.LIVED_EXPERIENCE + ": " + rosa.name())
                    .single().getValue()).isEqualTo(!rosa.livedExperience());
        } finally {
            var now = reviewer(REVIEWER);
            reviewers.change(now.accountId(), now.version(), rosa.lead(), rosa.livedExperience());
        }
    }

    @Test
    @WithMockUser(username = REVIEWER, roles = "REVIEWER")
    void a_reviewer_suspends_reinstates_and_then_revokes_an_award_each_with_a_reason() {
        long practice = idOf("Y90020");
        long award = seedAward(practice);
        String name = jdbc.queryForObject("select name from practice where id = ?", String.class, practice);
        navigate("awards", Component.class);
        assertThat(rowText(name)).contains("Y90020").contains("Valid");

        open("Suspend the award of " + name);
        test(find(Button.class).withText("Suspend award").single()).click();
        var reason = find(TextArea.class).withCaption("Reason").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason: the practice will see it.");
        assertThat(status(award)).as("a blank reason changes nothing").isEqualTo("ACTIVE");
        test(reason).setValue("The registration policy asks for proof of address again.");
        test(find(Button.class).withText("Suspend award").single()).click();
        assertThat(status(award)).isEqualTo("SUSPENDED");
        assertThat(rowText(name)).contains("Suspended")
                .contains("The registration policy asks for proof of address again.");
        assertThat(find(Button.class).withAriaLabel("Suspend the award of " + name).exists()).isFalse();

        open("Reinstate the award of " + name);
        test(find(TextArea.class).withCaption("Reason").single()).setValue("The policy is corrected.");
        test(find(Button.class).withText("Reinstate award").single()).click();
        assertThat(status(award)).isEqualTo("ACTIVE");
        assertThat(rowText(name)).contains("Valid").contains("The policy is corrected.");

        open("Revoke the award of " + name);
        assertThat(find(Paragraph.class).from(find(Dialog.class).single()).single().getText())
                .startsWith("Revoking is final");
        test(find(TextArea.class).withCaption("Reason").single()).setValue("Refused registration again.");
        test(find(Button.class).withText("Revoke award").single()).click();
        assertThat(status(award)).isEqualTo("REVOKED");
        assertThat(jdbc.queryForObject("select status_reason from award where id = ?", String.class, award))
                .isEqualTo("Refused registration again.");
        assertThat(rowText(name)).contains("Revoked");
        assertThat(find(Button.class).withAriaLabelContaining("the award of " + name).exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void a_practice_manager_cannot_open_the_award_criteria_the_review_panel_or_the_awards() {
        navigate("home", Component.class);
        assertThat(menu()).doesNotContain("Award criteria", "Review panel", "Awards");
        for (String route : List.of("admin/award-criteria", "admin/reviewers", "awards")) {
            navigate(route, Component.class);
            // The router hides a page the person may not open, as if it did not exist.
            assertThat(viewName()).as(route).isNotIn("AwardCriteriaView", "ReviewersView", "AwardsView")
                    .endsWith("RouteNotFoundError");
        }
    }

    @Test
    @WithMockUser(username = REVIEWER, roles = "REVIEWER")
    void a_reviewer_opens_the_awards_but_not_the_criteria_or_the_review_panel() {
        navigate("home", Component.class);
        assertThat(menu()).contains("Awards").doesNotContain("Award criteria", "Review panel");
        navigate("awards", Component.class);
        assertThat(viewName()).isEqualTo("AwardsView");
        for (String route : List.of("admin/award-criteria", "admin/reviewers")) {
            navigate(route, Component.class);
            assertThat(viewName()).as(route).isNotIn("AwardCriteriaView", "ReviewersView")
                    .endsWith("RouteNotFoundError");
        }
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void an_administrator_finds_all_three_pages_in_the_menu_and_opens_them() {
        navigate("home", Component.class);
        assertThat(menu()).contains("Award criteria", "Review panel", "Awards");
        for (var route : List.of("admin/award-criteria", "admin/reviewers", "awards")) {
            navigate(route, Component.class);
            assertThat(viewName()).as(route).isIn("AwardCriteriaView", "ReviewersView", "AwardsView");
        }
    }

    private SectionEditor section(Section section) {
        return find(SectionEditor.class).withCondition(s -> s.section() == section).single();
    }

    private Reviewer reviewer(String email) {
        return reviewers.reviewers().stream().filter(r -> r.email().equals(email)).findFirst().orElseThrow();
    }

    private long seedAward(long practice) {
        jdbc.update("""
                insert into award_application (practice_id, criteria_version_id, status, started_at, started_by,
                                               status_since) values (?, 1, 'AWARDED', now(6), 'test', now(6))""",
                practice);
        seededApplication = jdbc.queryForObject("select max(id) from award_application where practice_id = ?",
                Long.class, practice);
        var awardedOn = LocalDate.now().minusYears(1);
        jdbc.update("""
                insert into award (practice_id, application_id, awarded_on, expires_on, status)
                values (?, ?, ?, ?, 'ACTIVE')""", practice, seededApplication, awardedOn, awardedOn.plusYears(3));
        seededAward = jdbc.queryForObject("select id from award where application_id = ?", Long.class,
                seededApplication);
        return seededAward;
    }

    private void open(String ariaLabel) {
        test(find(Button.class).withAriaLabel(ariaLabel).single()).click();
    }

    private String status(long award) {
        return jdbc.queryForObject("select status from award where id = ?", String.class, award);
    }

    private String rowText(String practiceName) {
        return find(NativeTableRow.class).all().stream().map(r -> r.getElement().getTextRecursively())
                .filter(t -> t.startsWith(practiceName)).findFirst().orElseThrow();
    }

    private long idOf(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }

    private List<String> paragraphs() {
        return find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    private List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    private String viewName() {
        return ClassUtils.getUserClass(getCurrentView().getClass()).getSimpleName();
    }
}
