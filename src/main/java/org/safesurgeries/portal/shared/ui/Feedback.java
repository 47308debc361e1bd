package org.safesurgeries.portal.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Tells the person how an action went. Services word their refusals for people (bad input, someone else's edit,
 * a step not allowed now), so those messages are shown as they are.
 */
public final class Feedback {

    private Feedback() {
    }

    public static void done(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void refused(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Runs the action; true when it succeeded, false (with the reason shown) when the service refused it. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (OptimisticLockingFailureException | IllegalArgumentException | IllegalStateException e) {
            refused(e.getMessage());
            return false;
        }
    }
}
