package org.safesurgeries.portal.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import org.safesurgeries.portal.practice.PracticeDetails;
import org.safesurgeries.portal.practice.PracticeDetails.ContactDetails;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.shared.Postcode;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.safesurgeries.portal.shared.ui.FieldLimits;

import java.util.concurrent.atomic.AtomicLong;

/** The practice's address and telephone; the postcode is checked and normalised. */
class ContactForm extends FormLayout {

    /** Mutable form state, turned into the immutable {@link ContactDetails} on save. */
    static final class Bean {
        String line1, line2, line3, town, county, postcode, telephone;
    }

    ContactForm(PracticeService practices, PracticeDetails practice, AtomicLong version) {
        var binder = new Binder<Bean>();
        var line1 = new TextField("Address line 1");
        var line2 = new TextField("Address line 2");
        var line3 = new TextField("Address line 3");
        var town = new TextField("Town");
        var county = new TextField("County");
        var postcode = new TextField("Postcode");
        var telephone = new TextField("Telephone");
        for (var field : new TextField[] {line1, line2, line3, town, county}) {
            FieldLimits.atMost(field, 120);
        }
        FieldLimits.atMost(telephone, 32);
        binder.forField(line1).bind(b -> b.line1, (b, v) -> b.line1 = v);
        binder.forField(line2).bind(b -> b.line2, (b, v) -> b.line2 = v);
        binder.forField(line3).bind(b -> b.line3, (b, v) -> b.line3 = v);
        binder.forField(town).bind(b -> b.town, (b, v) -> b.town = v);
        binder.forField(county).bind(b -> b.county, (b, v) -> b.county = v);
        binder.forField(postcode)
                .withValidator((value, ctx) -> value == null || value.isBlank() || Postcode.isValid(value)
                        ? ValidationResult.ok() : ValidationResult.error("Enter a UK postcode, for example SW1A 1AA."))
                .bind(b -> b.postcode, (b, v) -> b.postcode = v);
        binder.forField(telephone)
                .withValidator(v -> v == null || v.isBlank() || v.strip().matches("[0-9+() \\-]{6,32}"),
                        "Enter a telephone number using digits, spaces, +, ( ) or -.")
                .bind(b -> b.telephone, (b, v) -> b.telephone = v);
        var bean = new Bean();
        var c = practice.contact();
        bean.line1 = c.addressLine1(); bean.line2 = c.addressLine2(); bean.line3 = c.addressLine3();
        bean.town = c.town(); bean.county = c.county(); bean.postcode = c.postcode(); bean.telephone = c.telephone();
        binder.readBean(bean);
        var save = new Button("Save contact details", e -> {
            if (binder.writeBeanIfValid(bean)) {
                if (Feedback.attempt(() -> version.set(practices.changeContact(practice.id(), version.get(),
                        new ContactDetails(bean.line1, bean.line2, bean.line3, bean.town, bean.county, bean.postcode,
                                bean.telephone)).version()))) {
                    Feedback.done("Contact details saved.");
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(line1, line2, line3, town, county, postcode, telephone, save);
    }
}
