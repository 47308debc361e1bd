package org.safesurgeries.portal.award;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardChoices.AwardStanding;
import org.safesurgeries.portal.award.AwardChoices.Outcome;
import org.safesurgeries.portal.award.AwardChoices.Rating;
import org.safesurgeries.portal.award.AwardChoices.Section;
import org.safesurgeries.portal.award.PanelRules.Seat;
import org.safesurgeries.portal.award.domain.Award;
import org.safesurgeries.portal.award.domain.AwardApplication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The award's state machine and panel rules, without Spring or a database. */
class AwardRulesTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    static AwardApplication draft() {
        return AwardApplication.start(1, 1, null, "manager@example.org", NOW);
    }

    static AwardApplication underReview() {
        var application = draft();
        application.submit(List.of(), true, "manager@example.org", NOW);
        application.startReview(NOW);
        return application;
    }

    @Test
    void a_complete_confirmed_draft_is_submitted_and_records_who_and_when() {
        var application = draft();
        var from = application.submit(List.of(), true, "manager@example.org", NOW.plusSeconds(60));
        assertThat(from).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getSubmittedBy()).isEqualTo("manager@example.org");
        assertThat(application.getStatusSince()).isEqualTo(NOW.plusSeconds(60));
        assertThat(application.getRound()).isEqualTo(1);
    }

    @Test
    void an_incomplete_or_unconfirmed_draft_cannot_be_submitted() {
        assertThatThrownBy(() -> draft().submit(List.of("Learn: 1 of at least 2 criteria evidenced"), true, "m", NOW))
                .hasMessageContaining("not complete").hasMessageContaining("Learn: 1 of at least 2");
        assertThatThrownBy(() -> draft().submit(List.of(), false, "m", NOW))
                .hasMessageContaining("confirm that the application is accurate");
    }

    @Test
    void a_draft_cannot_be_decided_or_reviewed() {
        assertThatThrownBy(() -> draft().decide(Outcome.AWARD, List.of(), NOW)).hasMessageContaining("under review");
        assertThatThrownBy(() -> draft().startReview(NOW)).hasMessageContaining("submitted");
    }

    @Test
    void a_submitted_application_cannot_be_edited_or_submitted_again() {
        var application = draft();
        application.submit(List.of(), true, "m", NOW);
        assertThatThrownBy(application::requireEditableByPractice).hasMessageContaining("can no longer be changed");
        assertThatThrownBy(() -> application.submit(List.of(), true, "m", NOW)).hasMessageContaining("Only a draft");
    }

    @Test
    void each_outcome_leads_to_its_state() {
        for (var outcome : Outcome.values()) {
            var application = underReview();
            assertThat(application.decide(outcome, List.of(), NOW)).isEqualTo(ApplicationStatus.UNDER_REVIEW);
            assertThat(application.getStatus()).isEqualTo(outcome.leadsTo());
        }
    }

    @Test
    void a_decision_with_any_blocker_is_refused_and_changes_nothing() {
        var application = underReview();
        assertThatThrownBy(() -> application.decide(Outcome.AWARD, List.of("At least 2 panel members must submit."),
                NOW)).hasMessageContaining("At least 2 panel members");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    void a_resubmission_after_changes_starts_the_next_round() {
        var application = underReview();
        application.decide(Outcome.REQUEST_CHANGES, List.of(), NOW);
        application.requireEditableByPractice();
        application.submit(List.of(), true, "m", NOW);
        assertThat(application.getRound()).isEqualTo(2);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        application.startReview(NOW);
        application.decide(Outcome.AWARD, List.of(), NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AWARDED);
    }

    @Test
    void the_practice_can_withdraw_before_a_decision_but_not_after() {
        for (var application : List.of(draft(), underReview())) {
            application.withdraw(NOW);
            assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        }
        var decided = underReview();
        decided.decide(Outcome.NOT_AWARD, List.of(), NOW);
        assertThatThrownBy(() -> decided.withdraw(NOW)).hasMessageContaining("without a decision");
        var withdrawn = draft();
        withdrawn.withdraw(NOW);
        assertThatThrownBy(() -> withdrawn.submit(List.of(), true, "m", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_award_lasts_three_years_is_expiring_for_its_last_90_days_and_renewable_for_its_last_six_months() {
        var award = new Award(1, 1, LocalDate.of(2026, 1, 15));
        assertThat(award.getExpiresOn()).isEqualTo(LocalDate.of(2029, 1, 15));
        assertThat(award.standing(LocalDate.of(2028, 10, 16))).isEqualTo(AwardStanding.VALID);
        assertThat(award.standing(LocalDate.of(2028, 10, 17))).isEqualTo(AwardStanding.EXPIRING);
        assertThat(award.standing(LocalDate.of(2029, 1, 14))).isEqualTo(AwardStanding.EXPIRING);
        assertThat(award.standing(LocalDate.of(2029, 1, 15))).isEqualTo(AwardStanding.EXPIRED);
        assertThat(award.renewableOn(LocalDate.of(2028, 7, 14))).isFalse();
        assertThat(award.renewableOn(LocalDate.of(2028, 7, 15))).isTrue();
    }

    @Test
    void suspension_is_reversible_revocation_is_final_and_both_need_a_reason() {
        var award = new Award(1, 1, LocalDate.of(2026, 1, 15));
        var today = LocalDate.of(2026, 6, 1);
        assertThatThrownBy(() -> award.suspend(" ", NOW)).hasMessageContaining("Give a reason");
        award.suspend("Complaint under investigation", NOW);
        assertThat(award.standing(today)).isEqualTo(AwardStanding.SUSPENDED);
        assertThat(award.standing(today).current()).isFalse();
        assertThatThrownBy(() -> award.suspend("again", NOW)).hasMessageContaining("Only an active award");
        award.reinstate("Investigation closed", NOW);
        assertThat(award.standing(today)).isEqualTo(AwardStanding.VALID);
        award.revoke("Practice refused registrations", NOW);
        assertThat(award.standing(today)).isEqualTo(AwardStanding.REVOKED);
        assertThat(award.getStatusReason()).isEqualTo("Practice refused registrations");
        assertThatThrownBy(() -> award.reinstate("undo", NOW)).hasMessageContaining("Only a suspended");
        assertThatThrownBy(() -> award.revoke("again", NOW)).hasMessageContaining("already been revoked");
        assertThat(award.renewableOn(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void a_decision_needs_two_submitted_assessments_including_lived_experience() {
        var lived = new Seat(1, true, true);
        var other = new Seat(2, false, true);
        var pending = new Seat(3, true, false);
        assertThat(PanelRules.decisionBlockers(List.of(lived, other), Outcome.AWARD, Optional.empty())).isEmpty();
        assertThat(PanelRules.decisionBlockers(List.of(lived, pending), Outcome.NOT_AWARD, Optional.empty()))
                .singleElement().asString().contains("1 has");
        assertThat(PanelRules.decisionBlockers(List.of(other, new Seat(4, false, true), pending),
                Outcome.REQUEST_CHANGES, Optional.empty()))
                .singleElement().asString().contains("lived experience");
        assertThat(PanelRules.decisionBlockers(List.of(), Outcome.AWARD, Optional.empty())).hasSize(2);
    }

    @Test
    void an_unresolved_failed_check_blocks_an_award_but_not_the_other_outcomes() {
        var panel = List.of(new Seat(1, true, true), new Seat(2, false, true));
        var failure = Optional.of("a mystery-shopper check on 3 March 2026 found \"refused\"");
        assertThat(PanelRules.decisionBlockers(panel, Outcome.AWARD, failure)).singleElement().asString()
                .contains("cannot be granted").contains("3 March 2026");
        assertThat(PanelRules.decisionBlockers(panel, Outcome.NOT_AWARD, failure)).isEmpty();
        assertThat(PanelRules.decisionBlockers(panel, Outcome.REQUEST_CHANGES, failure)).isEmpty();
    }

    @Test
    void met_against_not_met_is_a_strong_disagreement_one_step_apart_is_not() {
        var a = Map.of(1L, Rating.MET, 2L, Rating.MET, 3L, Rating.PARTLY_MET);
        var b = Map.of(1L, Rating.NOT_MET, 2L, Rating.PARTLY_MET, 3L, Rating.NOT_MET);
        assertThat(PanelRules.strongDisagreements(List.of(a, b))).containsExactly(1L);
        assertThat(PanelRules.strongDisagreements(List.of(a))).isEmpty();
    }

    static CriteriaSet criteria(int minimum) {
        var minimums = new EnumMap<Section, Integer>(Section.class);
        for (var s : Section.values()) {
            minimums.put(s, minimum);
        }
        return new CriteriaSet(1, 1, NOW, "system", null, minimums, List.of(
                new CriteriaSet.Criterion(11, "l1", Section.LEARN, "L1", "g", "r"),
                new CriteriaSet.Criterion(12, "l2", Section.LEARN, "L2", "g", "r"),
                new CriteriaSet.Criterion(21, "e1", Section.EMBED, "E1", "g", "r"),
                new CriteriaSet.Criterion(22, "e2", Section.EMBED, "E2", "g", "r"),
                new CriteriaSet.Criterion(31, "s1", Section.SHARE, "S1", "g", "r"),
                new CriteriaSet.Criterion(32, "s2", Section.SHARE, "S2", "g", "r")));
    }

    @Test
    void a_criterion_is_evidenced_with_both_a_narrative_and_a_file() {
        var progress = ApplicationProgress.of(criteria(2), Map.of(11L, "We trained everyone", 12L, " ", 21L, "Policy"),
                Map.of(11L, 1L, 12L, 2L));
        assertThat(progress.evidenced(11)).isTrue();
        assertThat(progress.evidenced(12)).as("blank narrative").isFalse();
        assertThat(progress.evidenced(21)).as("no file").isFalse();
        assertThat(progress.incomplete()).containsExactly("Learn: 1 of at least 2 criteria evidenced",
                "Embed: 0 of at least 2 criteria evidenced", "Share: 0 of at least 2 criteria evidenced");
        assertThat(progress.fraction()).isEqualTo(1 / 6.0);
    }

    @Test
    void every_section_at_its_minimum_makes_the_application_complete() {
        var texts = Map.of(11L, "a", 21L, "b", 31L, "c");
        var files = Map.of(11L, 1L, 21L, 1L, 31L, 3L);
        assertThat(ApplicationProgress.of(criteria(1), texts, files).incomplete()).isEmpty();
        assertThat(ApplicationProgress.of(criteria(1), texts, files).fraction()).isEqualTo(1.0);
        assertThat(ApplicationProgress.of(criteria(0), Map.of(), Map.of()).fraction()).isEqualTo(1.0);
    }

    @Test
    void a_criteria_draft_that_no_application_could_satisfy_is_refused() {
        var draft = CriteriaDraft.of(criteria(2));
        assertThat(draft.problems()).isEmpty();
        var tooFew = new CriteriaDraft(Map.of(Section.LEARN, 3, Section.EMBED, 2, Section.SHARE, 2),
                draft.criteria(), "");
        assertThat(tooFew.problems()).singleElement().asString().contains("Learn").contains("only 2");
        var blank = new CriteriaDraft(draft.minimums(), List.of(new CriteriaDraft.CriterionDraft(null, Section.LEARN,
                " ", "", "r")), "");
        assertThat(blank.problems()).anyMatch(p -> p.contains("enter a title"))
                .anyMatch(p -> p.contains("guidance for applicants"));
    }
}
