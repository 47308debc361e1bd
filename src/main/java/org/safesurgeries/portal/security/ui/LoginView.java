package org.safesurgeries.portal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

@Route("login")
@PageTitle("Sign in · Safe Surgery portal")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    LoginView() {
        addClassName("portal-narrow");
        form.setI18n(texts("Check your email and password and try again."));
        form.setAction("login");
        form.addForgotPasswordListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");
        add(new H1("Safe Surgery portal"), notice, form,
                new Paragraph(new Anchor("", "Back to the public pages")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            form.setI18n(texts(lastFailureMessage()));
            form.setError(true);
        }
        if (parameters.containsKey("expired")) {
            notice.setText("Your session has ended. Please sign in again.");
            notice.setVisible(true);
        }
    }

    private static LoginI18n texts(String failureMessage) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Log in");
        i18n.getForm().setForgotPassword("Forgot your password?");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage(failureMessage);
        return i18n;
    }

    // Spring Security keeps the last failure in the session; the throttle's message is safe to show as it is.
    private static String lastFailureMessage() {
        var request = VaadinServletRequest.getCurrent();
        var session = request == null ? null : request.getHttpServletRequest().getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof AuthenticationException e && e.getMessage() != null
                && e.getMessage().startsWith("Too many failed sign-ins")) {
            return e.getMessage();
        }
        return "Check your email and password and try again.";
    }
}
