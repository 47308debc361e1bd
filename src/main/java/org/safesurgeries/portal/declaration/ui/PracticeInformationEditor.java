package org.safesurgeries.portal.declaration.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.safesurgeries.portal.declaration.DeclarationChoices.InterpreterAccess;
import org.safesurgeries.portal.declaration.DeclarationChoices.RegistrationRoute;
import org.safesurgeries.portal.declaration.DeclarationContent;
import org.safesurgeries.portal.shared.LanguageCode;

import java.util.Set;

/** What patients need to know: languages, interpreters, care-of addresses and how to register. */
class PracticeInformationEditor extends FormLayout {

    final MultiSelectComboBox<LanguageCode> languages = new MultiSelectComboBox<>("Languages spoken by the team");
    final RadioButtonGroup<InterpreterAccess> interpreters = new RadioButtonGroup<>("Interpreters available");
    final RadioButtonGroup<Boolean> careOf = new RadioButtonGroup<>("Is a care-of address accepted?");
    final CheckboxGroup<RegistrationRoute> routes = new CheckboxGroup<>("How people can register");

    PracticeInformationEditor(DeclarationContent content, Runnable onChange) {
        languages.setItems(LanguageCode.all());
        languages.setItemLabelGenerator(LanguageCode::label);
        languages.setHelperText("Type to search, e.g. Arabic, Tigrinya, Dari");
        languages.setValue(content.languages());
        interpreters.setItems(InterpreterAccess.values());
        interpreters.setItemLabelGenerator(InterpreterAccess::label);
        interpreters.setValue(content.interpreterAccess());
        careOf.setItems(true, false);
        careOf.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
        careOf.setValue(content.careOfAddressAccepted());
        routes.setItems(RegistrationRoute.values());
        routes.setItemLabelGenerator(RegistrationRoute::label);
        routes.setValue(content.registrationRoutes());
        interpreters.addValueChangeListener(e -> onChange.run());
        careOf.addValueChangeListener(e -> onChange.run());
        routes.addValueChangeListener(e -> onChange.run());
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        add(languages, interpreters, careOf, routes);
    }

    Set<LanguageCode> languageValue() {
        return languages.getValue();
    }
}
