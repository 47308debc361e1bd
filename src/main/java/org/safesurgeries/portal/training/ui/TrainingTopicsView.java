package org.safesurgeries.portal.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.safesurgeries.portal.shared.ui.FieldLimits;
import org.safesurgeries.portal.training.TrainingRecords;

/** Administrators keep the list of training topics: add one, retire one no longer taught, or bring it back. */
@Route("admin/training-topics")
@PageTitle("Training topics · Safe Surgery portal")
@Menu(title = "Training topics", order = 55, icon = "vaadin:list")
@RolesAllowed(Roles.ADMIN)
class TrainingTopicsView extends Div {

    private final TrainingRecords training;
    private final Div list = new Div();

    TrainingTopicsView(TrainingRecords training) {
        this.training = training;
        addClassName("portal-page");
        var name = new TextField("New topic");
        FieldLimits.atMost(name, 120);
        var add = new Button("Add topic", e -> {
            if (Feedback.attempt(() -> training.addTopic(name.getValue()))) {
                Feedback.done("Topic added.");
                name.clear();
                show();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Training topics"),
                new Paragraph("Trainers and practices choose from these when they record a session. A retired topic "
                        + "is no longer offered; sessions that covered it keep it."), form, list);
        show();
    }

    private void show() {
        list.removeAll();
        var head = new NativeTableRow(new NativeTableHeaderCell("Topic"), new NativeTableHeaderCell("Offered"),
                new NativeTableHeaderCell("Change"));
        var body = new NativeTableBody();
        for (var topic : training.topics()) {
            var toggle = new Button(topic.active() ? "Retire" : "Offer again", e -> {
                if (Feedback.attempt(() -> training.setTopicActive(topic.id(), !topic.active()))) {
                    show();
                }
            });
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            toggle.setAriaLabel((topic.active() ? "Retire " : "Offer again ") + topic.name());
            body.add(new NativeTableRow(new NativeTableHeaderCell(topic.name()),
                    new NativeTableCell(topic.active() ? "Yes" : "Retired"), new NativeTableCell(toggle)));
        }
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("portal-table");
        list.add(table);
    }
}
