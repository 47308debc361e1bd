package org.safesurgeries.portal.registrationaudit;

import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A failed check (asked for documents, or refused) marks the practice "needs follow-up" until a later check passes;
 * the mark lapses 12 months after the failure when nobody has checked again. (Our reading of "no later passing
 * check in the following 12 months"; see docs/decisions/007-mystery-shopper-follow-up.md.)
 */
public final class FollowUpRule {

    public static final int MONTHS = 12;

    public record Check(LocalDate on, CheckOutcome outcome) {
    }

    private FollowUpRule() {
    }

    public static boolean needsFollowUp(List<Check> checks, LocalDate today) {
        return checks.stream().filter(c -> c.outcome().failed())
                .filter(failure -> !failure.on().isAfter(today) && failure.on().plusMonths(MONTHS).isAfter(today))
                .anyMatch(failure -> checks.stream().noneMatch(later -> later.outcome().passed()
                        && later.on().isAfter(failure.on()) && !later.on().isAfter(today)));
    }

    /**
     * The latest failed check that no later check has passed, however long ago: the award asks for a passing check
     * after any failure (no 12-month lapse), see docs/decisions/010-award-review.md.
     */
    public static Optional<Check> unresolvedFailure(List<Check> checks, LocalDate today) {
        return checks.stream().filter(c -> c.outcome().failed() && !c.on().isAfter(today))
                .filter(failure -> checks.stream().noneMatch(later -> later.outcome().passed()
                        && later.on().isAfter(failure.on()) && !later.on().isAfter(today)))
                .max(Comparator.comparing(Check::on));
    }
}
