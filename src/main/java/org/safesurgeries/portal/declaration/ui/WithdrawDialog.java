package org.safesurgeries.portal.declaration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.shared.TypedText;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.safesurgeries.portal.shared.ui.FieldLimits;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Asks why the practice is withdrawing its declaration, then withdraws it. A reason that cannot be kept (patient data,
 * characters no keyboard types, too long) is refused at the field and the dialog stays open with what was typed; a
 * confirmation dialog would close and lose it.
 */
class WithdrawDialog extends Dialog {

    static final int MAX_REASON = 500;

    private final TextArea reason = new TextArea("Why is the practice withdrawing?");

    WithdrawDialog(DeclarationService declarations, long practiceId, Runnable withdrawn) {
        setHeaderTitle("Withdraw the Safe Surgery declaration?");
        FieldLimits.atMost(reason, MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setHelperText("Never anything about a patient. At most 500 characters.");
        reason.setWidthFull();
        var withdraw = new Button("Withdraw", e -> withdraw(declarations, practiceId, withdrawn));
        withdraw.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        add(new Paragraph("The practice leaves the public directory at once. Its history is kept."), reason);
        getFooter().add(new Button("Cancel", e -> close()), withdraw);
        setWidth("34rem");
    }

    private void withdraw(DeclarationService declarations, long practiceId, Runnable withdrawn) {
        String text = reason.getValue();
        String problem = text.isBlank() ? "Say why the practice is withdrawing."
                : text.strip().length() > MAX_REASON ? FieldLimits.message(MAX_REASON)
                : TypedText.problemInText(text).orElse(null);
        if (problem != null) {
            refuse(problem);
            return;
        }
        try {
            declarations.withdraw(practiceId, text);
            close();
            Feedback.done("The declaration has been withdrawn.");
            withdrawn.run();
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
        } catch (OptimisticLockingFailureException | IllegalStateException e) {
            // Withdrawn or changed meanwhile: nothing here to correct, so the page shows what is true now.
            close();
            Feedback.refused(e.getMessage());
            withdrawn.run();
        }
    }

    private void refuse(String problem) {
        reason.setErrorMessage(problem);
        reason.setInvalid(true);
        reason.focus();
    }
}
