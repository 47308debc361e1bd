package org.safesurgeries.portal.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.safesurgeries.portal.practice.Headcounts;
import org.safesurgeries.portal.practice.PracticeDetails;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.shared.ui.Feedback;

import java.util.concurrent.atomic.AtomicLong;

/** Staff head-count by role: whole numbers from 0 to 500. */
class HeadcountForm extends FormLayout {

    HeadcountForm(PracticeService practices, PracticeDetails practice, AtomicLong version) {
        var counts = practice.headcounts();
        var reception = field("Reception and admin staff", counts.receptionAdmin());
        var clinical = field("Clinical staff", counts.clinical());
        var managers = field("Practice managers", counts.practiceManager());
        var other = field("Other staff", counts.other());
        var save = new Button("Save head-counts", e -> {
            boolean valid = true;
            for (var field : new IntegerField[] {reception, clinical, managers, other}) {
                boolean ok = field.getValue() != null && !field.isInvalid();
                field.setInvalid(!ok);
                field.setErrorMessage(ok ? null : "Enter a whole number from 0 to " + Headcounts.MAXIMUM + ".");
                valid &= ok;
            }
            if (valid) {
                if (Feedback.attempt(() -> version.set(practices.changeHeadcounts(practice.id(), version.get(),
                        new Headcounts(reception.getValue(), clinical.getValue(), managers.getValue(),
                                other.getValue())).version()))) {
                    Feedback.done("Head-counts saved.");
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(reception, clinical, managers, other, save);
    }

    private static IntegerField field(String label, int value) {
        var field = new IntegerField(label);
        field.setMin(0);
        field.setMax(Headcounts.MAXIMUM);
        field.setStepButtonsVisible(true);
        field.setRequired(true);
        field.setValue(value);
        return field;
    }
}
