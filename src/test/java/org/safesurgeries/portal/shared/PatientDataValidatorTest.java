package org.safesurgeries.portal.shared;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.shared.ui.PatientDataValidator;

import static org.assertj.core.api.Assertions.assertThat;

class PatientDataValidatorTest {

    static final class Notes {
        String text;
    }

    @Test
    void a_form_field_shows_why_an_nhs_number_cannot_be_saved_and_keeps_the_saved_value() {
        var field = new TextArea("Notes");
        var binder = new Binder<Notes>();
        binder.forField(field).withValidator(new PatientDataValidator()).bind(n -> n.text, (n, v) -> n.text = v);
        var saved = new Notes();
        saved.text = "Poster in Arabic and Tigrinya at reception";
        binder.readBean(saved);

        field.setValue("Registered NHS 943 476 5919 today");

        assertThat(binder.writeBeanIfValid(saved)).isFalse();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("NHS number");
        assertThat(saved.text).isEqualTo("Poster in Arabic and Tigrinya at reception");

        field.setValue("Poster in Arabic, Tigrinya and Dari at reception");
        assertThat(binder.writeBeanIfValid(saved)).isTrue();
        assertThat(saved.text).endsWith("Dari at reception");
    }
}
