package org.safesurgeries.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.safesurgeries.portal.security.PasswordResetRequests;

@Route("forgot-password")
@PageTitle("Forgotten password · Safe Surgery portal")
@AnonymousAllowed
class ForgotPasswordView extends Div {

    ForgotPasswordView(PasswordResetRequests resets) {
        addClassName("portal-narrow");
        var email = new EmailField("Your email");
        email.setRequired(true);
        email.setWidthFull();
        var send = new Button("Send reset link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var done = new Paragraph();
        done.getElement().setAttribute("role", "status");
        send.addClickListener(e -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                email.setErrorMessage("Enter the email you sign in with.");
                return;
            }
            // The same answer, as fast, whether or not the account exists: the work happens after it.
            resets.request(email.getValue());
            done.setText("If an account uses " + email.getValue() + ", we have sent it a link to choose a new "
                    + "password. The link works once, for one hour.");
            send.setEnabled(false);
        });
        add(new H1("Forgotten password"),
                new Paragraph("Enter the email you sign in with and we will send you a link to choose a new password."),
                email, send, done, new Paragraph(new Anchor("login", "Back to sign in")));
    }
}
