package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.safesurgeries.portal.award.ApplicationDetails;
import org.safesurgeries.portal.award.AwardChoices.Outcome;
import org.safesurgeries.portal.award.DecisionService;
import org.safesurgeries.portal.award.domain.Assessment;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.safesurgeries.portal.shared.ui.FieldLimits;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lead's decision: the outcome (what would block it is shown as soon as it is chosen), the rationale, and for
 * "request changes" what each criterion needs.
 */
class DecisionForm extends Div {

    private final Map<Long, TextArea> changes = new LinkedHashMap<>();

    DecisionForm(DecisionService decisions, ApplicationDetails details, Runnable reload) {
        addClassName("portal-card");
        var outcome = new RadioButtonGroup<Outcome>("Outcome");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(Outcome::label);
        outcome.setId("decision-outcome");
        var blockers = new UnorderedList();
        blockers.getElement().setAttribute("aria-live", "polite");
        var rationale = new TextArea("Rationale (the practice will read it)");
        FieldLimits.atMost(rationale, DecisionService.MAX_RATIONALE);
        rationale.setWidthFull();
        rationale.setId("decision-rationale");
        var changesBox = new Div(new Paragraph("What is needed, per criterion (leave blank where nothing is):"));
        for (var criterion : details.criteria().criteria()) {
            var needed = new TextArea(criterion.title());
            FieldLimits.atMost(needed, Assessment.MAX_TEXT);
            needed.setWidthFull();
            changes.put(criterion.id(), needed);
            changesBox.add(needed);
        }
        changesBox.setVisible(false);
        outcome.addValueChangeListener(e -> {
            blockers.removeAll();
            changesBox.setVisible(e.getValue() == Outcome.REQUEST_CHANGES);
            if (e.getValue() != null) {
                decisions.blockers(details.id(), e.getValue()).forEach(b -> {
                    var item = new ListItem(b);
                    item.addClassName("portal-warning");
                    blockers.add(item);
                });
            }
        });
        var record = new Button("Record the decision", e -> {
            if (outcome.getValue() == null) {
                outcome.setInvalid(true);
                outcome.setErrorMessage("Choose the outcome.");
                return;
            }
            var dialog = new ConfirmDialog("Record \"" + outcome.getValue().label().toLowerCase() + "\"?",
                    "The practice will be told and will see the rationale and the panel's comments meant for it "
                            + "(never private notes).", "Record", ok -> {
                if (Feedback.attempt(() -> decisions.decide(details.id(), details.version(), outcome.getValue(),
                        rationale.getValue(), needed()))) {
                    Feedback.done("Decision recorded.");
                    reload.run();
                }
            });
            dialog.setCancelable(true);
            dialog.open();
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("record-decision");
        add(outcome, blockers, rationale, changesBox, record);
    }

    private Map<Long, String> needed() {
        var needed = new HashMap<Long, String>();
        changes.forEach((id, field) -> needed.put(id, field.getValue()));
        return needed;
    }
}
