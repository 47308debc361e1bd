package org.safesurgeries.portal.registrationaudit;

import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;

import java.time.LocalDate;
import java.util.List;

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
}
