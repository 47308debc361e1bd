package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.TallyKey;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.Feedback;

/**
 * One registration in a few clicks: the common case (this month, permanent, registered) is preset, so ticking the
 * missing documents and pressing "Log registration" is enough. Nothing typed here identifies the person.
 */
class QuickLogForm extends Div {

    QuickLogForm(RegistrationTally tally, long practiceId, Runnable afterChange) {
        var month = AnswerFields.monthChoice(tally);
        var answers = new AnswerFields();
        var log = new Button("Log registration", e -> answers.key(month.getValue()).ifPresent(key -> {
            if (Feedback.attempt(() -> tally.log(practiceId, key))) {
                confirmWithUndo(tally, practiceId, key, afterChange);
                answers.clearDocuments();
                afterChange.run();
            }
        }));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(month, answers, log);
    }

    private static void confirmWithUndo(RegistrationTally tally, long practiceId, TallyKey key, Runnable afterChange) {
        var notification = new Notification();
        notification.setDuration(8000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        var undo = new Button("Undo", e -> {
            if (Feedback.attempt(() -> tally.undo(practiceId, key))) {
                Feedback.done("Taken back.");
                afterChange.run();
            }
            notification.close();
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new HorizontalLayout(
                new Span("Registration logged for " + DateFormats.MONTH.format(key.month()) + "."), undo));
        notification.open();
    }
}
