package org.safesurgeries.portal.award;

import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The conditions for applying, each explained: a current Safe Surgery declaration, no failed mystery-shopper check
 * without a later pass, and enough reception staff trained recently. Called with the practice manager's (or an
 * admin's) authority, so the owning modules check access themselves.
 */
@Component
class AwardEligibility {

    private final DeclarationService declarations;
    private final MysteryShopping checks;
    private final TrainingRecords training;
    private final int receptionPercent;
    private final int trainingMonths;

    AwardEligibility(DeclarationService declarations, MysteryShopping checks, TrainingRecords training,
                     @Value("${portal.award.reception-training-percent:50}") int receptionPercent,
                     @Value("${portal.award.reception-training-months:24}") int trainingMonths) {
        this.declarations = declarations;
        this.checks = checks;
        this.training = training;
        this.receptionPercent = receptionPercent;
        this.trainingMonths = trainingMonths;
    }

    Eligibility of(long practiceId) {
        return new Eligibility(List.of(declaration(practiceId), mysteryShopping(practiceId), training(practiceId)));
    }

    private Eligibility.Condition declaration(long practiceId) {
        var standing = declarations.standing(practiceId);
        String title = "A current Safe Surgery declaration";
        if (standing.isSafeSurgery()) {
            return new Eligibility.Condition(title, true, "Your practice is a declared Safe Surgery.");
        }
        String why = standing.latestSigned().map(v -> "Your declaration is " + v.status().label().toLowerCase()
                + ": sign a new one (or reconfirm it) before applying.")
                .orElse("Your practice has not declared itself a Safe Surgery yet: the award builds on that.");
        return new Eligibility.Condition(title, false, why);
    }

    private Eligibility.Condition mysteryShopping(long practiceId) {
        String title = "No unresolved failed mystery-shopper check";
        return unresolvedFailedCheck(practiceId)
                .map(failure -> new Eligibility.Condition(title, false, "A " + failure + " Doctors of the World will "
                        + "check again; the award can follow a passing check."))
                .orElse(new Eligibility.Condition(title, true, "No failed check is waiting for a later pass."));
    }

    /** "mystery-shopper check on 3 March 2026 found "refused" and no check has passed since." */
    java.util.Optional<String> unresolvedFailedCheck(long practiceId) {
        return checks.unresolvedFailure(practiceId).map(c -> "mystery-shopper check on "
                + DateFormats.DAY.format(c.report().checkedOn()) + " found \"" + c.report().outcome().label()
                .toLowerCase() + "\" and no check has passed since.");
    }

    private Eligibility.Condition training(long practiceId) {
        var reception = training.coverage(practiceId, trainingMonths).stream()
                .filter(c -> c.role() == StaffRole.RECEPTION_ADMIN).findFirst().orElseThrow();
        String title = "At least " + receptionPercent + "% of reception staff trained in the last " + trainingMonths
                + " months";
        if (reception.headcount() == 0) {
            return new Eligibility.Condition(title, false, "Enter your reception and admin head-count on your "
                    + "practice's page, so that coverage can be worked out.");
        }
        boolean met = reception.percent() >= receptionPercent;
        return new Eligibility.Condition(title, met, reception.trained() + " of " + reception.headcount()
                + " reception and admin staff trained (" + reception.percent() + "%)."
                + (met ? "" : " Record training on the staff training page, or ask Doctors of the World for a session."));
    }
}
