package org.safesurgeries.portal.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The page shown when a page cannot be opened because the database cannot be reached (503), instead of a bare
 * internal error: it says to try again, and the portal recovers by itself once the database is back. One view per
 * exception type, as Vaadin resolves error views by the type each one declares.
 */
final class DatabaseAwayViews {

    private DatabaseAwayViews() {
    }

    static int show(Div page) {
        page.removeAll();
        page.addClassName("portal-page");
        page.add(new H1("Please try again in a minute"), new Paragraph("The portal cannot reach its database just "
                + "now. Nothing you saved before is lost. Reload this page in a minute."));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @AnonymousAllowed
    static final class ConnectionLost extends Div implements HasErrorParameter<DataAccessResourceFailureException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<DataAccessResourceFailureException> parameter) {
            return show(this);
        }
    }

    @AnonymousAllowed
    static final class NoTransaction extends Div implements HasErrorParameter<CannotCreateTransactionException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<CannotCreateTransactionException> parameter) {
            return show(this);
        }
    }
}
