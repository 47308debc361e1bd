package org.safesurgeries.portal.shared.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Locale;

/**
 * The one way a form limits how long a text may be: {@code FieldLimits.atMost(notes, 1000)}. The browser stops typing
 * at the limit, but a crafted request can still send more; Vaadin then marks the field invalid with an empty message
 * unless it is given one. This gives it one ("At most 1,000 characters."), the same words wherever a limit is set.
 * {@code ArchitectureTest} keeps views from calling {@code setMaxLength} themselves.
 */
public final class FieldLimits {

    private FieldLimits() {
    }

    /** What a field over its limit says: "At most 1,000 characters." */
    public static String message(int max) {
        return String.format(Locale.UK, "At most %,d characters.", max);
    }

    public static TextField atMost(TextField field, int max) {
        field.setMaxLength(max);
        var i18n = field.getI18n() == null ? new TextField.TextFieldI18n() : field.getI18n();
        field.setI18n(i18n.setMaxLengthErrorMessage(message(max)));
        return field;
    }

    public static TextArea atMost(TextArea field, int max) {
        field.setMaxLength(max);
        var i18n = field.getI18n() == null ? new TextArea.TextAreaI18n() : field.getI18n();
        field.setI18n(i18n.setMaxLengthErrorMessage(message(max)));
        return field;
    }

    public static EmailField atMost(EmailField field, int max) {
        field.setMaxLength(max);
        var i18n = field.getI18n() == null ? new EmailField.EmailFieldI18n() : field.getI18n();
        field.setI18n(i18n.setMaxLengthErrorMessage(message(max)));
        return field;
    }
}
