package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.Outcome;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RefusalReason;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RegistrationType;
import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.TallyKey;
import org.safesurgeries.portal.shared.LanguageCode;
import org.safesurgeries.portal.shared.ui.DateFormats;

import java.time.YearMonth;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The answers about one registration, with the common case preset (permanent, registered, no interpreter): the
 * type, the documents the person could not provide, the interpreter's language, and the outcome with its reason.
 * Nothing here can identify the person.
 */
class AnswerFields extends FormLayout {

    private final RadioButtonGroup<RegistrationType> type = new RadioButtonGroup<>("Type of registration");
    private final CheckboxGroup<MissingDocument> missing = new CheckboxGroup<>("Could not provide");
    private final Checkbox interpreter = new Checkbox("An interpreter was needed");
    private final ComboBox<LanguageCode> language = new ComboBox<>("Language");
    private final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>("Outcome");
    private final Select<RefusalReason> reason = new Select<>();

    AnswerFields() {
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
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        add(type, missing, interpreter, language, outcome, reason);
    }

    /** The month picker for the tally: this month (chosen) and the 12 before it, newest first. */
    static Select<YearMonth> monthChoice(RegistrationTally tally) {
        var current = tally.currentMonth();
        var month = new Select<YearMonth>();
        month.setLabel("Month");
        month.setItems(IntStream.rangeClosed(0, 12).mapToObj(current::minusMonths).toList());
        month.setItemLabelGenerator(DateFormats.MONTH::format);
        month.setValue(current);
        return month;
    }

    /** The answers as a tally key, or empty (with the field to fix marked) when one is missing. */
    Optional<TallyKey> key(YearMonth month) {
        language.setInvalid(false);
        reason.setInvalid(false);
        if (interpreter.getValue() && language.getValue() == null) {
            language.setErrorMessage("Choose the language the interpreter was needed for.");
            language.setInvalid(true);
            return Optional.empty();
        }
        if (outcome.getValue() == Outcome.REFUSED && reason.getValue() == null) {
            reason.setErrorMessage("Choose why the registration was refused.");
            reason.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(new TallyKey(month, type.getValue(), missing.getValue(),
                interpreter.getValue() ? language.getValue() : null, outcome.getValue(), reason.getValue()));
    }

    /** Ready for the next registration: the documents are the answer that changes most. */
    void clearDocuments() {
        missing.clear();
    }
}
