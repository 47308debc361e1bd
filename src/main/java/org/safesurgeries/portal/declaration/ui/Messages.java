package org.safesurgeries.portal.declaration.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.dao.OptimisticLockingFailureException;

/** Tells the person how an action went; refusals from the service are shown as they are worded. */
final class Messages {

    private Messages() {
    }

    static void saved(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Runs the action; true when it succeeded, false (with the reason shown) when the service refused it. */
    static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (OptimisticLockingFailureException | IllegalArgumentException | IllegalStateException e) {
            error(e.getMessage());
            return false;
        }
    }
}
