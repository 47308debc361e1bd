package org.safesurgeries.portal.home.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import java.util.UUID;

/**
 * What a person sees when an action fails unexpectedly, instead of nothing: a database that cannot be reached gets
 * "nothing was saved, try again in a minute"; anything else gets a short reference that is also in the log, so
 * support can find it. Refusals that services word for people (bad input, someone else's edit) are shown where they
 * happen (see {@code shared.ui.Feedback}) and never reach here.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

    static final String DATABASE_AWAY = "The portal cannot reach its database just now, so nothing was saved. "
            + "Please try again in a minute.";

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UnexpectedErrors::handle));
    }

    static void handle(ErrorEvent event) {
        var error = event.getThrowable();
        String message;
        if (databaseAway(error)) {
            log.warn("An action failed because the database cannot be reached: {}", error.toString());
            message = DATABASE_AWAY;
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, error);
            message = "Something went wrong and nothing was saved. Please try again; if it happens again, tell "
                    + "us the reference " + reference + ".";
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notification.show(message, 10_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    /** A connection that could not be had or was lost: worth trying again, unlike a bug. */
    static boolean databaseAway(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof QueryTimeoutException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
