package org.safesurgeries.portal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.safesurgeries.portal.security.AccountService;

@Route("reset-password/:token")
@PageTitle("Choose a new password · Safe Surgery portal")
@AnonymousAllowed
class ResetPasswordView extends Div implements BeforeEnterObserver {

    private final AccountService accounts;

    ResetPasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("portal-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        if (!accounts.isResetLinkUsable(token)) {
            add(new H1("This reset link cannot be used"),
                    new Paragraph("It has expired (reset links last one hour) or has already been used."),
                    new Paragraph(new Anchor("forgot-password", "Ask for a new link")));
            return;
        }
        add(new H1("Choose a new password"), new NewPasswordForm("Save new password", password -> {
            accounts.resetPassword(token, password);
            removeAll();
            add(new H1("Your password has been changed"), new Paragraph(new Anchor("login", "Sign in")));
        }));
    }
}
