package org.safesurgeries.portal.award.ui;

import org.safesurgeries.portal.award.AwardService;
import org.safesurgeries.portal.award.AwardService.AwardSummary;
import org.safesurgeries.portal.award.AwardService.Change;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.ReasonDialog;

import java.util.function.Consumer;

/** Asks for the reason (which the practice will see) before suspending, reinstating or revoking an award. */
final class AwardChangeDialog {

    private AwardChangeDialog() {
    }

    /**
     * @param changed told the award as it now stands after the change
     * @param stale   called when the change was refused because the award had changed meanwhile
     */
    static ReasonDialog of(AwardService awards, AwardSummary award, Change change, Consumer<AwardSummary> changed,
                           Runnable stale) {
        String verb = switch (change) {
            case SUSPEND -> "Suspend";
            case REINSTATE -> "Reinstate";
            case REVOKE -> "Revoke";
        };
        String consequence = switch (change) {
            case SUSPEND -> "While the award is suspended the practice may not call itself a Surgery of Sanctuary, "
                    + "and the badge leaves the public directory. You can reinstate it later.";
            case REINSTATE -> "The award is valid again until " + DateFormats.DAY.format(award.expiresOn())
                    + ", and the badge returns to the public directory.";
            case REVOKE -> "Revoking is final: the award cannot be reinstated, and the practice would have to apply "
                    + "again to hold it. The badge leaves the public directory at once.";
        };
        return new ReasonDialog(verb + " the award of " + award.practiceName() + "?", consequence, verb + " award",
                change != Change.REINSTATE, reason -> {
            changed.accept(awards.change(award.id(), award.version(), change, reason));
            return "The award of " + award.practiceName() + " is " + switch (change) {
                case SUSPEND -> "suspended.";
                case REINSTATE -> "reinstated.";
                case REVOKE -> "revoked.";
            };
        }, stale);
    }
}
