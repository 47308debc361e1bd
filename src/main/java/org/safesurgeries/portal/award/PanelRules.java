package org.safesurgeries.portal.award;

import org.safesurgeries.portal.award.AwardChoices.Outcome;
import org.safesurgeries.portal.award.AwardChoices.Rating;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The panel's rules, kept apart from storage so each can be tested alone: who must have assessed before a decision,
 * what blocks an award, and where reviewers disagree strongly.
 */
public final class PanelRules {

    public static final int MINIMUM_PANEL = 2;

    /** A panel member as the rules see them. */
    public record Seat(long accountId, boolean livedExperience, boolean submitted) {
    }

    private PanelRules() {
    }

    /**
     * Why the decision cannot be recorded, in words for the lead; empty when it can. {@code unresolvedFailedCheck}
     * describes a failed mystery-shopper check with no later pass, which blocks an award (not the other outcomes).
     */
    public static List<String> decisionBlockers(Collection<Seat> panel, Outcome outcome, Optional<String> unresolvedFailedCheck) {
        var blockers = new java.util.ArrayList<String>();
        var submitted = panel.stream().filter(Seat::submitted).toList();
        if (submitted.size() < MINIMUM_PANEL) {
            blockers.add("At least " + MINIMUM_PANEL + " panel members must submit their assessments; "
                    + (submitted.size() == 1 ? "1 has." : submitted.size() + " have."));
        }
        if (submitted.stream().noneMatch(Seat::livedExperience)) {
            blockers.add("At least one panel member who has submitted an assessment must have lived experience of "
                    + "seeking sanctuary.");
        }
        if (outcome == Outcome.AWARD) {
            unresolvedFailedCheck.ifPresent(check -> blockers.add("The award cannot be granted: " + check));
        }
        return List.copyOf(blockers);
    }

    /**
     * Criteria on which submitted assessments are as far apart as they can be (one "met", another "not met"): the
     * panel should talk before deciding.
     */
    public static Set<Long> strongDisagreements(Collection<Map<Long, Rating>> submittedRatings) {
        var flagged = new TreeSet<Long>();
        var criteria = submittedRatings.stream().flatMap(r -> r.keySet().stream()).distinct().toList();
        for (Long criterion : criteria) {
            var scores = submittedRatings.stream().map(r -> r.get(criterion)).filter(r -> r != null)
                    .mapToInt(Rating::score).summaryStatistics();
            if (scores.getCount() >= 2 && scores.getMax() - scores.getMin() >= 2) {
                flagged.add(criterion);
            }
        }
        return flagged;
    }
}
