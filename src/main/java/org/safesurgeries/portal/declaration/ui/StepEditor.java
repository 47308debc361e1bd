package org.safesurgeries.portal.declaration.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.safesurgeries.portal.declaration.ChecklistAnswer;
import org.safesurgeries.portal.declaration.DeclarationChoices.ItemStatus;
import org.safesurgeries.portal.declaration.SafeSurgeryStep;
import org.safesurgeries.portal.shared.TypedText;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.shared.ui.FieldLimits;

/** One of the seven steps: its status, a target date while in progress, and a short note. */
class StepEditor extends Div {

    private final SafeSurgeryStep step;
    final RadioButtonGroup<ItemStatus> status = new RadioButtonGroup<>("Status");
    final DatePicker targetDate = new DatePicker("Target date");
    final TextArea note = new TextArea("How the practice does this (optional)");

    StepEditor(SafeSurgeryStep step, ChecklistAnswer answer, Runnable onChange) {
        this.step = step;
        addClassName("portal-card");
        getStyle().set("margin-bottom", "var(--lumo-space-m)");
        var title = new H3("Step " + step.number() + ". " + step.title()
                + (step.requiredToDeclare() ? " (required to declare)" : ""));
        status.setItems(ItemStatus.values());
        status.setItemLabelGenerator(ItemStatus::label);
        status.setValue(answer.status());
        status.setRequired(true);
        targetDate.setValue(answer.targetDate());
        targetDate.setMin(UkCalendar.today());
        targetDate.setHelperText("When you aim to have this in place");
        targetDate.setVisible(answer.status() == ItemStatus.IN_PROGRESS);
        note.setValue(answer.note() == null ? "" : answer.note());
        FieldLimits.atMost(note, ChecklistAnswer.NOTE_LIMIT);
        note.setWidthFull();
        note.setHelperText("Never write anything about a patient.");
        status.addValueChangeListener(e -> {
            targetDate.setVisible(e.getValue() == ItemStatus.IN_PROGRESS);
            onChange.run();
        });
        note.addValueChangeListener(e -> checkNote());
        add(title, new Paragraph(step.description()), status, targetDate, note);
    }

    /** The answer as entered, or null with the problem shown at the field. */
    ChecklistAnswer answer() {
        if (!checkNote()) {
            return null;
        }
        if (status.getValue() == ItemStatus.IN_PROGRESS && targetDate.getValue() == null) {
            targetDate.setInvalid(true);
            targetDate.setErrorMessage("Give the date you aim to have this in place.");
            return null;
        }
        targetDate.setInvalid(false);
        try {
            return new ChecklistAnswer(step, status.getValue(), targetDate.getValue(), note.getValue());
        } catch (IllegalArgumentException e) {
            // A note longer than the browser lets anyone type, from a crafted request: refused at the field.
            note.setInvalid(true);
            note.setErrorMessage(e.getMessage());
            return null;
        }
    }

    ItemStatus currentStatus() {
        return status.getValue();
    }

    private boolean checkNote() {
        var problem = TypedText.problemInText(note.getValue());
        note.setInvalid(problem.isPresent());
        note.setErrorMessage(problem.orElse(null));
        return problem.isEmpty();
    }
}
