package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Span;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.Outcome;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RefusalReason;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RegistrationType;
import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.TallyKey;
import org.safesurgeries.portal.shared.LanguageCode;
import org.safesurgeries.portal.shared.ui.Feedback;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One registration in a few clicks: the common case (this month, permanent, registered) is preset, so ticking the
 * missing documents and pressing "Log registration" is enough. Nothing typed here identifies the person.
 */
class QuickLogForm extends FormLayout {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Select<YearMonth> month = new Select<>();
    private final RadioButtonGroup<RegistrationType> type = new RadioButtonGroup<>("Type of registration");
    private final CheckboxGroup<MissingDocument> missing = new CheckboxGroup<>("Could not provide");
    private final Checkbox interpreter = new Checkbox("An interpreter was needed");
    private final ComboBox<LanguageCode> language = new ComboBox<>("Language");
    private final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>("Outcome");
    private final Select<RefusalReason> reason = new Select<>();

    QuickLogForm(RegistrationTally tally, long practiceId, Runnable afterChange) {
        var current = tally.currentMonth();
        month.setLabel("Month");
        month.setItems(IntStream.rangeClosed(0, 12).mapToObj(current::minusMonths).toList());
        month.setItemLabelGenerator(MONTH::format);
        month.setValue(current);
        type.setItems(RegistrationType.values());
        type.setItemLabelGenerator(RegistrationType::label);
        type.setValue(RegistrationType.PERMANENT);
        missing.setItems(MissingDocument.values());
        missing.setItemLabelGenerator(MissingDocument::label);
        language.setItems(LanguageCode.all());
        language.setItemLabelGenerator(LanguageCode::label);
        language.setVisible(false);
        interpreter.addValueChangeListener(e -> language.setVisible(e.getValue()));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(Outcome::label);
        outcome.setValue(Outcome.REGISTERED);
        reason.setLabel("Why was it refused?");
        reason.setItems(RefusalReason.values());
        reason.setItemLabelGenerator(r -> r == null ? "" : r.label());
        reason.setVisible(false);
        outcome.addValueChangeListener(e -> reason.setVisible(e.getValue() == Outcome.REFUSED));

        var log = new Button("Log registration", e -> key().ifPresent(key -> {
            if (Feedback.attempt(() -> tally.log(practiceId, key))) {
                confirmWithUndo(tally, practiceId, key, afterChange);
                missing.clear();
                afterChange.run();
            }
        }));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        add(month, type, missing, interpreter, language, outcome, reason, log);
    }

    private java.util.Optional<TallyKey> key() {
        if (interpreter.getValue() && language.getValue() == null) {
            language.setInvalid(true);
            language.setErrorMessage("Choose the language the interpreter was needed for.");
            return java.util.Optional.empty();
        }
        if (outcome.getValue() == Outcome.REFUSED && reason.getValue() == null) {
            reason.setInvalid(true);
            reason.setErrorMessage("Choose why the registration was refused.");
            return java.util.Optional.empty();
        }
        language.setInvalid(false);
        reason.setInvalid(false);
        return java.util.Optional.of(new TallyKey(month.getValue(), type.getValue(), missing.getValue(),
                interpreter.getValue() ? language.getValue() : null, outcome.getValue(), reason.getValue()));
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
        notification.add(new HorizontalLayout(new Span("Registration logged for " + MONTH.format(key.month()) + "."),
                undo));
        notification.open();
    }
}
