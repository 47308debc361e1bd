package org.safesurgeries.portal.practice.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.safesurgeries.portal.practice.PracticeDetails;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Saves through the service and tells the person how it went; a concurrent edit is reported, never overwritten. */
final class SaveOutcome {

    private SaveOutcome() {
    }

    static boolean save(AtomicLong version, Supplier<PracticeDetails> save) {
        try {
            version.set(save.get().version());
            Notification.show("Saved.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (OptimisticLockingFailureException e) {
            error(e.getMessage());
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
        }
        return false;
    }

    private static void error(String message) {
        var notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
