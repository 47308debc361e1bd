package org.safesurgeries.portal.award;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardChoices.Outcome;
import org.safesurgeries.portal.award.AwardChoices.Rating;
import org.safesurgeries.portal.award.AwardChoices.Section;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.shared.PatientDataRejected;
import org.safesurgeries.portal.training.TrainingRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safesurgeries.portal.award.AwardFixtures.ADMIN;
import static org.safesurgeries.portal.award.AwardFixtures.LEAD;
import static org.safesurgeries.portal.award.AwardFixtures.LIVED;
import static org.safesurgeries.portal.award.AwardFixtures.MANAGER;
import static org.safesurgeries.portal.award.AwardFixtures.as;

/** Evidence uploads (good and hostile), narratives, criteria versions and renewals, on the real database. */
@PortalTest
class AwardEvidenceAndRenewalTest {

    @Autowired AwardApplicationService applications;
    @Autowired EvidenceService evidence;
    @Autowired AwardReviewService reviews;
    @Autowired AssessmentService assessments;
    @Autowired DecisionService decisions;
    @Autowired AwardCriteria criteria;
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
    void hostile_files_are_refused_with_a_reason_and_nothing_is_stored() {
        long practice = fixtures.eligible("Y90007");
        var draft = fixtures.complete(practice);
        long criterion = draft.criteria().criteria().getFirst().id();
        int files = count("award_evidence");
        int contents = count("award_evidence_content");
        Map<String, Supplier<byte[]>> hostile = Map.of(
                "an executable renamed .pdf", HostileFiles::executableRenamedPdf,
                "an oversized file", HostileFiles::oversized,
                "a Word zip bomb", HostileFiles::docxZipBomb,
                "a PDF with JavaScript", HostileFiles::pdfWithJavaScript,
                "a PDF with a launch action", HostileFiles::pdfWithLaunchAction,
                "a Word file with macros", HostileFiles::docxWithMacros);
        hostile.forEach((what, file) -> assertThatThrownBy(() -> as(ADMIN, "ADMIN", () ->
                evidence.attach(draft.id(), criterion, "evidence.pdf", file.get())))
                .as(what).isInstanceOf(EvidenceRefused.class).message().isNotBlank());
        assertThat(count("award_evidence")).isEqualTo(files);
        assertThat(count("award_evidence_content")).isEqualTo(contents);

        var png = as(ADMIN, "ADMIN", () -> evidence.attach(draft.id(), criterion, "../../poster.pdf",
                HostileFiles.goodPng()));
        assertThat(png.fileName()).isEqualTo("poster.png");
        assertThat(png.kindLabel()).isEqualTo("PNG image");
        var stored = jdbc.queryForObject("select sha256 from award_evidence where id = ?", String.class, png.id());
        assertThat(stored).isEqualTo(png.sha256()).hasSize(64);
    }

    @Test
    void an_application_holds_at_most_50_mb_of_evidence() {
        long practice = fixtures.eligible("Y90006");
        var draft = fixtures.complete(practice);
        long criterion = draft.criteria().criteria().getLast().id();
        byte[] nineMb = Arrays.copyOf(HostileFiles.goodPdf(), 9 * 1024 * 1024);
        for (int i = 0; i < 5; i++) {
            nineMb[nineMb.length - 1 - i] = (byte) i; // a different file each time
            byte[] copy = nineMb.clone();
            as(ADMIN, "ADMIN", () -> evidence.attach(draft.id(), criterion, "big" + copy.length + ".pdf", copy));
        }
        nineMb[0 + nineMb.length - 10] = 9;
        assertThatThrownBy(() -> as(ADMIN, "ADMIN", () -> evidence.attach(draft.id(), criterion, "one-more.pdf",
                nineMb))).isInstanceOf(EvidenceRefused.class).hasMessageContaining("at most 50 MB");
    }

    @Test
    void narratives_refuse_patient_data_and_a_stale_tab_is_told_instead_of_overwriting() {
        long practice = fixtures.eligible("Y90005");
        var draft = fixtures.complete(practice);
        long criterion = draft.criteria().criteria().getFirst().id();
        long version = draft.narrative(criterion).version();
        assertThatThrownBy(() -> as(ADMIN, "ADMIN", () -> applications.saveNarrative(draft.id(), criterion, version,
                "We registered a man, NHS number 943 476 5919, without ID"))).isInstanceOf(PatientDataRejected.class);
        as(ADMIN, "ADMIN", () -> applications.saveNarrative(draft.id(), criterion, version, "First tab's text"));
        assertThatThrownBy(() -> as(ADMIN, "ADMIN", () -> applications.saveNarrative(draft.id(), criterion, version,
                "Second tab's text"))).isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("Someone else changed");
        assertThat(as(ADMIN, "ADMIN", () -> applications.application(draft.id())).narrative(criterion).text())
                .isEqualTo("First tab's text");
        assertThatThrownBy(() -> as(MANAGER, "PRACTICE_MANAGER", () -> applications.saveNarrative(draft.id(),
                criterion, version, "x"))).isInstanceOf(AccessDeniedException.class);
        long file = as(ADMIN, "ADMIN", () -> applications.application(draft.id())).evidence().getFirst().id();
        assertThatThrownBy(() -> as(MANAGER, "PRACTICE_MANAGER", () -> evidence.download(draft.id(), file)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("You do not have access to this application.");
        assertThatThrownBy(() -> as(LEAD, "REVIEWER", () -> reviews.declare(draft.id(), false)))
                .as("drafts are the practice's own").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_application_keeps_its_criteria_version_and_a_renewal_carries_the_narratives_over() {
        long practice = fixtures.eligible("Y90013");
        var submitted = fixtures.submitted(practice);
        long id = submitted.id();
        fixtures.assess(LEAD, id, Rating.MET, null, true);
        fixtures.assess(LIVED, id, Rating.MET, null, true);
        long version = as(LEAD, "REVIEWER", () -> applications.application(id)).version();
        as(LEAD, "REVIEWER", () -> decisions.decide(id, version, Outcome.AWARD, "Well evidenced.", Map.of()));

        var current = as(ADMIN, "ADMIN", () -> criteria.current());
        var draft = CriteriaDraft.of(current);
        var changed = new java.util.ArrayList<>(draft.criteria());
        var first = changed.getFirst();
        changed.set(0, new CriteriaDraft.CriterionDraft(first.code(), first.section(), first.title() + " (revised)",
                first.applicantGuidance(), first.reviewerGuidance()));
        var next = as(ADMIN, "ADMIN", () -> criteria.publish(current.versionNumber(),
                new CriteriaDraft(draft.minimums(), changed, "Clearer title")));
        assertThat(next.versionNumber()).isEqualTo(current.versionNumber() + 1);
        assertThat(as(ADMIN, "ADMIN", () -> applications.application(id)).criteria().versionNumber())
                .isEqualTo(submitted.criteria().versionNumber());

        assertThatThrownBy(() -> as(ADMIN, "ADMIN", () -> applications.start(practice)))
                .hasMessageContaining("renewal can be started from");
        jdbc.update("update award set awarded_on = date_sub(awarded_on, interval 31 month), "
                + "expires_on = date_sub(expires_on, interval 31 month) where application_id = ?", id);
        var renewal = as(ADMIN, "ADMIN", () -> applications.start(practice));
        assertThat(renewal.renewalOfAwardId()).isNotNull();
        assertThat(renewal.criteria().versionNumber()).isEqualTo(next.versionNumber());
        var learn = renewal.criteria().of(Section.LEARN).getFirst();
        assertThat(learn.title()).endsWith("(revised)");
        assertThat(renewal.narrative(learn.id()).text()).startsWith("We do this: ");
        assertThat(renewal.evidence()).isEmpty();
        var earlier = as(ADMIN, "ADMIN", () -> evidence.earlierEvidence(renewal.id()));
        assertThat(earlier).hasSize(submitted.evidence().size());
        int contents = count("award_evidence_content");
        var again = as(ADMIN, "ADMIN", () -> evidence.reattach(renewal.id(), earlier.getFirst().id(), learn.id()));
        assertThat(again.sha256()).isEqualTo(earlier.getFirst().sha256());
        assertThat(count("award_evidence_content")).as("bytes are shared, not copied").isEqualTo(contents);
        assertThat(as(ADMIN, "ADMIN", () -> applications.application(renewal.id())).status())
                .isEqualTo(ApplicationStatus.DRAFT);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
