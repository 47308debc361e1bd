package org.safesurgeries.portal.training;

import org.safesurgeries.portal.practice.Headcounts;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Training coverage per staff role: staff trained within the refresher period (24 months by default) against the
 * head-count the practice keeps. Attendance is counted in heads, not people, so the same person at two sessions
 * counts twice; when that takes the count above the head-count, the practice is asked to update its head-count
 * rather than shown more than 100%.
 */
public final class TrainingCoverage {

    /** One role's attendance at one session. */
    public record Trained(LocalDate on, StaffRole role, int attended) {
    }

    /**
     * One role's coverage. {@code refresherDue} is when the oldest training still counted lapses (coverage then
     * drops); {@code lapsedOn} is when training lapsed for a role with none still counted (null if never trained).
     */
    public record RoleCoverage(StaffRole role, int headcount, int trained, LocalDate lastTrainedOn,
                               LocalDate refresherDue, LocalDate lapsedOn) {

        /** Trained as a share of the head-count, at most 100; 0 with no head-count. */
        public int percent() {
            return headcount == 0 ? 0 : (int) Math.round(100.0 * Math.min(trained, headcount) / headcount);
        }

        /** More trained than the practice says it has: its head-count needs updating. */
        public boolean exceedsHeadcount() {
            return trained > headcount;
        }

        public boolean neverTrained() {
            return lastTrainedOn == null;
        }
    }

    private TrainingCoverage() {
    }

    public static List<RoleCoverage> of(Headcounts headcounts, List<Trained> training, LocalDate today,
                                        int refresherMonths) {
        var coverage = new ArrayList<RoleCoverage>();
        LocalDate from = today.minusMonths(refresherMonths);
        for (var role : StaffRole.values()) {
            var forRole = training.stream().filter(t -> t.role() == role && t.attended() > 0 && !t.on().isAfter(today))
                    .toList();
            var counted = forRole.stream().filter(t -> t.on().isAfter(from)).toList();
            int trained = counted.stream().mapToInt(Trained::attended).sum();
            var last = forRole.stream().map(Trained::on).max(Comparator.naturalOrder()).orElse(null);
            var oldestCounted = counted.stream().map(Trained::on).min(Comparator.naturalOrder()).orElse(null);
            coverage.add(new RoleCoverage(role, role.of(headcounts), trained, last,
                    oldestCounted == null ? null : oldestCounted.plusMonths(refresherMonths),
                    counted.isEmpty() && last != null ? last.plusMonths(refresherMonths) : null));
        }
        return coverage;
    }
}
