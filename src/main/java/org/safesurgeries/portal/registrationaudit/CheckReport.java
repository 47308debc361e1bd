package org.safesurgeries.portal.registrationaudit;

import org.safesurgeries.portal.registrationaudit.CheckAnswers.Channel;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Scenario;
import org.safesurgeries.portal.shared.TypedText;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What a trainer records about one check. The "patient" is a test persona; notes never describe a real person. */
public record CheckReport(LocalDate checkedOn, Channel channel, Set<Scenario> scenario, CheckOutcome outcome,
                          String notes) {

    public CheckReport {
        Objects.requireNonNull(checkedOn, "Give the date of the check.");
        Objects.requireNonNull(channel, "Choose how the practice was contacted.");
        Objects.requireNonNull(outcome, "Choose the outcome.");
        if (scenario.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one thing the test persona could not provide or needed.");
        }
        scenario = Set.copyOf(EnumSet.copyOf(scenario));
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        if (notes != null && notes.length() > 500) {
            throw new IllegalArgumentException("Keep the notes under 500 characters.");
        }
        TypedText.requireText("Notes", notes);
    }
}
