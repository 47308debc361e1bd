package org.safesurgeries.portal.declaration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.safesurgeries.portal.declaration.ChecklistAnswer;
import org.safesurgeries.portal.declaration.DeclarationChoices.ItemStatus;
import org.safesurgeries.portal.declaration.SafeSurgeryStep;

import java.time.LocalDate;

@Embeddable
public class ChecklistItem {

    @Column(nullable = false)
    private int step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;

    private LocalDate targetDate;

    private String note;

    protected ChecklistItem() {
    }

    ChecklistItem(ChecklistAnswer answer) {
        this.step = answer.step().number();
        this.status = answer.status();
        this.targetDate = answer.targetDate();
        this.note = answer.note();
    }

    ChecklistAnswer answer() {
        return new ChecklistAnswer(SafeSurgeryStep.numbered(step), status, targetDate, note);
    }
}
