package org.safesurgeries.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.safesurgeries.portal.security.PasswordPolicy;

import java.util.function.Consumer;

/** Choose a password, twice: used when accepting an invitation and when resetting a forgotten password. */
class NewPasswordForm extends FormLayout {

    private final PasswordField password = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("Repeat the new password");
    private final Button save;

    NewPasswordForm(String buttonText, Consumer<String> onValidPassword) {
        password.setHelperText("At least " + PasswordPolicy.MINIMUM_LENGTH
                + " characters. A few unrelated words are strong and easy to remember.");
        password.setRequired(true);
        repeat.setRequired(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        save = new Button(buttonText, e -> submit(onValidPassword));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(password, repeat, save);
    }

    private void submit(Consumer<String> onValidPassword) {
        var problem = PasswordPolicy.problemWith(password.getValue());
        password.setInvalid(problem.isPresent());
        password.setErrorMessage(problem.orElse(null));
        boolean same = password.getValue().equals(repeat.getValue());
        repeat.setInvalid(!same);
        repeat.setErrorMessage(same ? null : "The two passwords are not the same.");
        if (problem.isEmpty() && same) {
            try {
                onValidPassword.accept(password.getValue());
            } catch (IllegalArgumentException | IllegalStateException refused) {
                showError(refused.getMessage());
            }
        } else {
            (problem.isPresent() ? password : repeat).focus();
        }
    }

    private void showError(String message) {
        password.setInvalid(true);
        password.setErrorMessage(message);
    }
}
