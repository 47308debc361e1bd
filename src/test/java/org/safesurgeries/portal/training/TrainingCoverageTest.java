package org.safesurgeries.portal.training;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.practice.Headcounts;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingCoverage.RoleCoverage;
import org.safesurgeries.portal.training.TrainingCoverage.Trained;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingCoverageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Headcounts STAFF = new Headcounts(8, 10, 1, 2);

    @Test
    void staff_trained_in_the_last_24_months_count_against_the_headcount() {
        var reception = reception(List.of(new Trained(TODAY.minusMonths(3), StaffRole.RECEPTION_ADMIN, 3),
                new Trained(TODAY.minusMonths(20), StaffRole.RECEPTION_ADMIN, 2),
                new Trained(TODAY.minusMonths(25), StaffRole.RECEPTION_ADMIN, 6)));
        assertThat(reception.trained()).as("the 25-month-old session has lapsed").isEqualTo(5);
        assertThat(reception.headcount()).isEqualTo(8);
        assertThat(reception.percent()).isEqualTo(63);
        assertThat(reception.lastTrainedOn()).isEqualTo(TODAY.minusMonths(3));
        assertThat(reception.refresherDue()).as("when the oldest counted training lapses")
                .isEqualTo(TODAY.minusMonths(20).plusMonths(24));
        assertThat(reception.lapsedOn()).isNull();
    }

    @Test
    void a_session_exactly_24_months_ago_has_lapsed_and_one_a_day_later_still_counts() {
        assertThat(reception(List.of(new Trained(TODAY.minusMonths(24), StaffRole.RECEPTION_ADMIN, 4))).trained())
                .isZero();
        assertThat(reception(List.of(new Trained(TODAY.minusMonths(24).plusDays(1), StaffRole.RECEPTION_ADMIN, 4)))
                .trained()).isEqualTo(4);
    }

    @Test
    void training_that_has_lapsed_says_when_and_untrained_roles_say_never() {
        var lapsed = reception(List.of(new Trained(TODAY.minusMonths(30), StaffRole.RECEPTION_ADMIN, 4)));
        assertThat(lapsed.trained()).isZero();
        assertThat(lapsed.refresherDue()).isNull();
        assertThat(lapsed.lapsedOn()).isEqualTo(TODAY.minusMonths(6));
        assertThat(lapsed.neverTrained()).isFalse();

        var clinical = TrainingCoverage.of(STAFF, List.of(), TODAY, 24).stream()
                .filter(c -> c.role() == StaffRole.CLINICAL).findFirst().orElseThrow();
        assertThat(clinical.neverTrained()).isTrue();
        assertThat(clinical.percent()).isZero();
    }

    @Test
    void attendance_above_the_headcount_is_flagged_not_shown_above_100_percent() {
        var reception = reception(List.of(new Trained(TODAY.minusMonths(1), StaffRole.RECEPTION_ADMIN, 6),
                new Trained(TODAY.minusMonths(2), StaffRole.RECEPTION_ADMIN, 5)));
        assertThat(reception.trained()).isEqualTo(11);
        assertThat(reception.exceedsHeadcount()).isTrue();
        assertThat(reception.percent()).isEqualTo(100);

        var noHeadcount = TrainingCoverage.of(new Headcounts(0, 0, 0, 0),
                List.of(new Trained(TODAY, StaffRole.OTHER, 1)), TODAY, 24).getLast();
        assertThat(noHeadcount.percent()).isZero();
        assertThat(noHeadcount.exceedsHeadcount()).isTrue();
    }

    @Test
    void the_refresher_period_is_configurable() {
        var twelve = TrainingCoverage.of(STAFF, List.of(new Trained(TODAY.minusMonths(13), StaffRole.RECEPTION_ADMIN,
                3)), TODAY, 12).getFirst();
        assertThat(twelve.trained()).isZero();
        assertThat(twelve.lapsedOn()).isEqualTo(TODAY.minusMonths(1));
    }

    private static RoleCoverage reception(List<Trained> training) {
        return TrainingCoverage.of(STAFF, training, TODAY, 24).getFirst();
    }
}
