package org.safesurgeries.portal.hostile;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.safesurgeries.portal.shared.HostileInputs;
import org.safesurgeries.portal.shared.HostileInputs.HostileInput;
import org.safesurgeries.portal.shared.HostileOutcomes.Field;
import org.safesurgeries.portal.shared.HostileOutcomes.Result;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the browserless form sweeps share: feeding every hostile value to a form as a person would, and judging what
 * the form did. A form refuses a value with a message (at the field or in an error notification) and stores nothing,
 * or stores it exactly and shows it back as text, never as markup. Subclasses register a {@link HostileSweep} and
 * return it from {@link #hostileSweep()}.
 */
abstract class BrowserlessFormSweep extends SpringBrowserlessTest {

    abstract HostileSweep hostileSweep();

    /** Each value in its own transaction, rolled back, for forms that need their own fresh set-up for every try. */
    void sweep(String input, Field field, Function<HostileInput, Result> tryValue) {
        hostileSweep().swept(input);
        for (var value : HostileInputs.all()) {
            hostileSweep().rolledBack().transaction(() -> judge(input, field, value, tryValue));
        }
    }

    /**
     * Each value under a savepoint rolled back afterwards, for forms whose set-up is made once: call it inside
     * {@code hostileSweep().rolledBack().transaction(…)}, after the set-up.
     */
    void sweepEach(String input, Field field, Function<HostileInput, Result> tryValue) {
        hostileSweep().swept(input);
        for (var value : HostileInputs.all()) {
            hostileSweep().rolledBack().undone(() -> {
                judge(input, field, value, tryValue);
                return null;
            });
        }
    }

    // Notifications and dialogs left by the previous try are closed first, so they cannot be taken for this one's.
    private void judge(String input, Field field, HostileInput value, Function<HostileInput, Result> tryValue) {
        find(Notification.class).all().forEach(Notification::close);
        find(Dialog.class).all().forEach(Dialog::close);
        find(ConfirmDialog.class).all().forEach(ConfirmDialog::close);
        Result result;
        try {
            result = tryValue.apply(value);
        } catch (Exception | AssertionError e) {
            result = Result.crashed(e);
        }
        hostileSweep().outcomes().judge(input, field, value, result);
    }

    /**
     * Stored when {@code stored} finds the value kept (null when nothing was); otherwise refused, with the message at
     * the field or in an error notification (an empty message is a failure). A stored value is looked for on
     * {@code page}, as text and never as markup.
     */
    Result outcome(HostileInput value, HasValidation field, Supplier<String> stored, String page) {
        String saved = stored.get();
        if (saved == null) {
            String atField = field.isInvalid() ? field.getErrorMessage() : null;
            String notified = find(Notification.class).all().stream().filter(n -> n.isOpened() && n.getThemeNames()
                    .contains(NotificationVariant.LUMO_ERROR.getVariantName())).map(n -> test(n).getText())
                    .findFirst().orElse(null);
            if (atField != null && !atField.isBlank()) {
                return Result.refused(atField);
            }
            return Result.refused(notified == null ? "" : notified);
        }
        if (page != null) {
            var ui = navigate(page, Component.class).getUI().orElseThrow();
            if (HtmlSinks.shown(ui).stream().noneMatch(text -> text.contains(saved))) {
                return Result.crashed(new AssertionError("not shown back on " + page));
            }
            if (value.value().matches("(?s).*[<>].*") && HtmlSinks.rawHtml(ui).stream()
                    .anyMatch(html -> html.contains(saved))) {
                return Result.crashed(new AssertionError("shown back as markup on " + page));
            }
        }
        return Result.stored(saved);
    }
}
