package org.safesurgeries.portal.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.safesurgeries.portal.shared.TypedText;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.function.Function;

/**
 * Asks for a reason before a consequential change (suspending, reinstating or revoking an award or a
 * certificate): required, at most {@value #MAX_REASON} characters, never patient data. A refusal because the
 * thing changed meanwhile closes the dialog and calls {@code stale}; a refused reason stays at the field.
 */
public class ReasonDialog extends Dialog {

    public static final int MAX_REASON = org.safesurgeries.portal.shared.StatusReason.MAX_LENGTH;

    private final TextArea reason = new TextArea("Reason");

    /**
     * @param act     makes the change with the reason typed, returning what to announce when it is done
     * @param stale   called when the change was refused because of someone else's change (reload)
     */
    public ReasonDialog(String title, String consequence, String confirmLabel, boolean destructive,
                        Function<String, String> act, Runnable stale) {
        setHeaderTitle(title);
        FieldLimits.atMost(reason, MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setHelperText("The practice will see this reason. Never anything about a patient. At most 1,000 "
                + "characters.");
        reason.setWidthFull();
        var confirm = new Button(confirmLabel, e -> confirm(act, stale));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        add(new Paragraph(consequence), reason);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        setWidth("34rem");
    }

    private void confirm(Function<String, String> act, Runnable stale) {
        String text = reason.getValue();
        String problem = text.isBlank() ? "Give a reason: the practice will see it."
                : text.strip().length() > MAX_REASON ? "The reason can be at most 1,000 characters."
                : TypedText.problemInText(text).orElse(null);
        if (problem != null) {
            refuse(problem);
            return;
        }
        try {
            String done = act.apply(text);
            close();
            Feedback.done(done);
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
