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

@Route("invitation/:token")
@PageTitle("Accept your invitation · Safe Surgery portal")
@AnonymousAllowed
class AcceptInvitationView extends Div implements BeforeEnterObserver {

    private final AccountService accounts;

    AcceptInvitationView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("portal-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        accounts.invitation(token).ifPresentOrElse(invitee -> {
            add(new H1("Welcome, " + invitee.displayName()),
                    new Paragraph("Choose a password for " + invitee.email() + " to finish setting up your account."));
            add(new NewPasswordForm("Set password", password -> {
                accounts.acceptInvitation(token, password);
                removeAll();
                add(new H1("Your account is ready"), new Paragraph(new Anchor("login", "Sign in now")));
            }));
        }, () -> add(new H1("This invitation link cannot be used"),
                new Paragraph("It has expired (invitations last 7 days) or has already been used. "
                        + "Ask the person who invited you to send a new invitation.")));
    }

}
