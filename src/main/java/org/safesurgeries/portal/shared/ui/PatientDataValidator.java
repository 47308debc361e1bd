package org.safesurgeries.portal.shared.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import org.safesurgeries.portal.shared.PatientDataGuard;

/**
 * The patient-data guard as a Binder validator, for every free-text field:
 * {@code binder.forField(notes).withValidator(new PatientDataValidator())}. Services check again.
 */
public class PatientDataValidator implements Validator<String> {

    @Override
    public ValidationResult apply(String value, ValueContext context) {
        return PatientDataGuard.findPatientData(value).map(ValidationResult::error).orElseGet(ValidationResult::ok);
    }
}
