package org.safesurgeries.portal.registrationaudit;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.registrationaudit.FollowUpRule.Check;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void a_refusal_marks_the_practice_until_a_later_check_passes() {
        var refused = new Check(TODAY.minusMonths(2), CheckOutcome.REFUSED);
        assertThat(FollowUpRule.needsFollowUp(List.of(refused), TODAY)).isTrue();
        assertThat(FollowUpRule.needsFollowUp(List.of(refused,
                new Check(TODAY.minusMonths(1), CheckOutcome.WOULD_REGISTER)), TODAY)).isFalse();
    }

    @Test
    void a_pass_before_the_failure_does_not_clear_it_and_unsure_is_not_a_pass() {
        assertThat(FollowUpRule.needsFollowUp(List.of(new Check(TODAY.minusMonths(3), CheckOutcome.WOULD_REGISTER),
                new Check(TODAY.minusMonths(2), CheckOutcome.ASKED_FOR_DOCUMENTS),
                new Check(TODAY.minusMonths(1), CheckOutcome.UNSURE)), TODAY)).isTrue();
    }

    @Test
    void unsure_alone_does_not_call_for_follow_up_and_the_mark_lapses_after_12_months() {
        assertThat(FollowUpRule.needsFollowUp(List.of(new Check(TODAY, CheckOutcome.UNSURE)), TODAY)).isFalse();
        assertThat(FollowUpRule.needsFollowUp(List.of(new Check(TODAY.minusMonths(12), CheckOutcome.REFUSED)), TODAY))
                .isFalse();
        assertThat(FollowUpRule.needsFollowUp(List.of(new Check(TODAY.minusMonths(12).plusDays(1),
                CheckOutcome.REFUSED)), TODAY)).isTrue();
    }

    @Test
    void for_the_award_a_failure_stays_unresolved_until_a_later_pass_however_long_ago() {
        var old = new Check(TODAY.minusMonths(30), CheckOutcome.REFUSED);
        var later = new Check(TODAY.minusMonths(20), CheckOutcome.ASKED_FOR_DOCUMENTS);
        assertThat(FollowUpRule.needsFollowUp(List.of(old), TODAY)).as("the follow-up mark lapses").isFalse();
        assertThat(FollowUpRule.unresolvedFailure(List.of(old, later), TODAY)).contains(later);
        assertThat(FollowUpRule.unresolvedFailure(List.of(old, later,
                new Check(TODAY.minusMonths(19), CheckOutcome.UNSURE)), TODAY)).contains(later);
        assertThat(FollowUpRule.unresolvedFailure(List.of(old, later,
                new Check(TODAY.minusMonths(2), CheckOutcome.WOULD_REGISTER)), TODAY)).isEmpty();
        assertThat(FollowUpRule.unresolvedFailure(List.of(new Check(TODAY.plusDays(1), CheckOutcome.REFUSED)), TODAY))
                .isEmpty();
    }
}
