package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.RegistrationTally.Count;
import org.safesurgeries.portal.registrationaudit.RegistrationTally.MonthFigures;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.Feedback;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A month's figures at once, for practices that count in their clinical system: one line per combination of
 * answers with how many registrations had it. Everything is added together, after a confirmation, or nothing.
 */
class MonthFiguresForm extends Div {

    /** One combination of answers and its count. */
    private final class Line extends Div {
        final H3 heading = new H3();
        final AnswerFields answers = new AnswerFields();
        final IntegerField count = new IntegerField("Registrations with these answers");
        final Button remove = new Button("Remove", VaadinIcon.TRASH.create());

        Line() {
            addClassName("portal-card");
            count.setMin(1);
            count.setMax(RegistrationTally.MAX_COUNT);
            count.setStepButtonsVisible(true);
            count.setRequiredIndicatorVisible(true);
            remove.addClickListener(e -> {
                lines.remove(this);
                numberLines();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(heading, answers, count, remove);
        }

        void number(int n, boolean removable) {
            heading.setText("Combination " + n);
            remove.setVisible(removable);
            remove.setAriaLabel("Remove combination " + n);
        }

        Optional<Count> count(YearMonth month) {
            count.setInvalid(false);
            Integer value = count.getValue();
            if (value == null || value < 1 || value > RegistrationTally.MAX_COUNT) {
                count.setErrorMessage("Enter a whole number from 1 to 10,000.");
                count.setInvalid(true);
                return Optional.empty();
            }
            return answers.key(month).map(key -> new Count(key, value));
        }
    }

    private final RegistrationTally tally;
    private final long practiceId;
    private final Runnable afterChange;
    private final Div lines = new Div();
    private final Select<YearMonth> month;

    MonthFiguresForm(RegistrationTally tally, long practiceId, Runnable afterChange) {
        this.tally = tally;
        this.practiceId = practiceId;
        this.afterChange = afterChange;
        month = AnswerFields.monthChoice(tally);
        var another = new Button("Add another combination", VaadinIcon.PLUS.create(), e -> {
            lines.add(new Line());
            numberLines();
        });
        var save = new Button("Add to the tally", e -> confirm());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        lines.add(new Line());
        numberLines();
        add(new Paragraph("Enter how many registrations had each combination of answers this month, for example from "
                + "a search in your clinical system. The figures are added to what is already logged for the month."),
                month, lines, another, save);
    }

    private void numberLines() {
        var all = lines.getChildren().map(Line.class::cast).toList();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).number(i + 1, all.size() > 1);
        }
    }

    private void confirm() {
        var counts = new ArrayList<Count>();
        boolean complete = true;
        for (var line : lines.getChildren().map(Line.class::cast).toList()) {
            var count = line.count(month.getValue());
            count.ifPresent(counts::add);
            complete &= count.isPresent();
        }
        if (!complete) {
            Feedback.refused("Some combinations are not complete; the fields to fix are marked.");
            return;
        }
        long total = counts.stream().mapToLong(Count::registrations).sum();
        long already = tally.ownFigures(practiceId, 13).stream().filter(f -> f.month().equals(month.getValue()))
                .mapToLong(MonthFigures::registrations).sum();
        String when = DateFormats.MONTH.format(month.getValue());
        var dialog = new ConfirmDialog("Add " + plural(total) + " to " + when + "?",
                "They are added to the " + plural(already) + " already logged for " + when + ", making "
                        + (already + total) + ".", "Add them", e -> save(counts, total, when));
        dialog.setCancelable(true);
        dialog.setCancelText("Go back");
        dialog.open();
    }

    private void save(List<Count> counts, long total, String when) {
        if (Feedback.attempt(() -> tally.add(practiceId, counts))) {
            Feedback.done(plural(total) + " added to " + when + ".");
            lines.removeAll();
            lines.add(new Line());
            numberLines();
            afterChange.run();
        }
    }

    private static String plural(long registrations) {
        return registrations + (registrations == 1 ? " registration" : " registrations");
    }
}
