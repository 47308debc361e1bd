package org.safesurgeries.portal.declaration;

import org.safesurgeries.portal.declaration.DeclarationChoices.ItemStatus;
import org.safesurgeries.portal.shared.TypedText;

import java.time.LocalDate;
import java.util.Objects;

/** The practice's answer for one step: its status, a target date while in progress, and how it does it. */
public record ChecklistAnswer(SafeSurgeryStep step, ItemStatus status, LocalDate targetDate, String note) {

    public static final int NOTE_LIMIT = 500;

    public ChecklistAnswer {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(status, "status");
        String label = "Step " + step.number();
        if (status == ItemStatus.IN_PROGRESS && targetDate == null) {
            throw new IllegalArgumentException(label + " is in progress: give the date you aim to have it in place.");
        }
        if (status != ItemStatus.IN_PROGRESS) {
            targetDate = null;
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > NOTE_LIMIT) {
            throw new IllegalArgumentException(label + ": keep the note under " + NOTE_LIMIT + " characters.");
        }
        TypedText.requireText(label + " note", note);
    }

    public static ChecklistAnswer notYet(SafeSurgeryStep step) {
        return new ChecklistAnswer(step, ItemStatus.NOT_YET, null, null);
    }
}
