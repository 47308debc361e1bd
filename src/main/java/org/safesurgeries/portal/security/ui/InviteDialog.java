package org.safesurgeries.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.PracticeChoices;
import org.safesurgeries.portal.security.PracticeChoices.PracticeChoice;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.safesurgeries.portal.shared.ui.FieldLimits;

import java.util.stream.Collectors;

/** Invite a person by email, with roles and, for practice managers, their practices. */
class InviteDialog extends Dialog {

    InviteDialog(AccountService accounts, PracticeChoices practices, Runnable afterInvite) {
        setHeaderTitle("Invite someone");
        var name = new TextField("Name");
        name.setRequired(true);
        FieldLimits.atMost(name, 120);
        var email = new EmailField("Work email");
        email.setRequired(true);
        var roles = new CheckboxGroup<Role>("Roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        roles.setRequired(true);
        var practiceBox = new MultiSelectComboBox<PracticeChoice>("Practices (for practice managers)");
        practiceBox.setItemLabelGenerator(PracticeChoice::label);
        practiceBox.setItems(query -> practices.search(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        practiceBox.setVisible(false);
        roles.addValueChangeListener(e -> practiceBox.setVisible(e.getValue().contains(Role.PRACTICE_MANAGER)));

        var send = new Button("Send invitation", e -> {
            boolean sent = Feedback.attempt(() -> accounts.invite(email.getValue(), name.getValue(), roles.getValue(),
                    roles.getValue().contains(Role.PRACTICE_MANAGER)
                            ? practiceBox.getValue().stream().map(PracticeChoice::id).collect(Collectors.toSet())
                            : java.util.Set.of()));
            if (sent) {
                Feedback.done("The invitation for " + email.getValue().strip() + " is in the outbox.");
                afterInvite.run();
                close();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(name, email, roles, practiceBox);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), send);
        setWidth("32rem");
    }
}
