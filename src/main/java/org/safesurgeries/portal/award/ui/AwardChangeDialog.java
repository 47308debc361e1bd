package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.safesurgeries.portal.award.AwardService;
import org.safesurgeries.portal.award.AwardService.AwardSummary;
import org.safesurgeries.portal.award.AwardService.Change;
import org.safesurgeries.portal.shared.PatientDataGuard;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.function.Consumer;

/** Asks for the reason (which the practice will see) before suspending, reinstating or revoking an award. */
class AwardChangeDialog extends Dialog {

    static final int MAX_REASON = 1000;

    private final AwardService awards;
    private final AwardSummary award;
    private final Change change;
    private final TextArea reason = new TextArea("Reason");

    /**
     * @param changed told the award as it now stands after the change
     * @param stale   called when the change was refused because the award had changed meanwhile
     */
    AwardChangeDialog(AwardService awards, AwardSummary award, Change change, Consumer<AwardSummary> changed,
                      Runnable stale) {
        this.awards = awards;
        this.award = award;
        this.change = change;
        setHeaderTitle(verb() + " the award of " + award.practiceName() + "?");
        reason.setMaxLength(MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setHelperText("The practice will see this reason. Never anything about a patient. At most 1,000 "
                + "characters.");
        reason.setWidthFull();
        var confirm = new Button(verb() + " award", e -> confirm(changed, stale));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (change != Change.REINSTATE) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        add(new Paragraph(consequence()), reason);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        setWidth("34rem");
    }

    private String verb() {
        return switch (change) {
            case SUSPEND -> "Suspend";
            case REINSTATE -> "Reinstate";
            case REVOKE -> "Revoke";
        };
    }

    private String consequence() {
        return switch (change) {
            case SUSPEND -> "While the award is suspended the practice may not call itself a Surgery of Sanctuary, "
                    + "and the badge leaves the public directory. You can reinstate it later.";
            case REINSTATE -> "The award is valid again until " + DateFormats.DAY.format(award.expiresOn())
                    + ", and the badge returns to the public directory.";
            case REVOKE -> "Revoking is final: the award cannot be reinstated, and the practice would have to apply "
                    + "again to hold it. The badge leaves the public directory at once.";
        };
    }

    private void confirm(Consumer<AwardSummary> changed, Runnable stale) {
        String text = reason.getValue();
        String problem = text.isBlank() ? "Give a reason: the practice will see it."
                : text.strip().length() > MAX_REASON ? "The reason can be at most 1,000 characters."
                : PatientDataGuard.findPatientData(text).orElse(null);
        if (problem != null) {
            refuse(problem);
            return;
        }
        try {
            var now = awards.change(award.id(), award.version(), change, text);
            close();
            changed.accept(now);
            Feedback.done("The award of " + award.practiceName() + " is " + switch (change) {
                case SUSPEND -> "suspended.";
                case REINSTATE -> "reinstated.";
                case REVOKE -> "revoked.";
            });
        } catch (OptimisticLockingFailureException | IllegalStateException e) {
            close();
            Feedback.refused(e.getMessage());
            stale.run();
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
        }
    }

    private void refuse(String problem) {
        reason.setErrorMessage(problem);
        reason.setInvalid(true);
        reason.focus();
    }
}
