package org.safesurgeries.portal.declaration.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.declaration.DeclarationRegister;
import org.safesurgeries.portal.declaration.DeclarationRegister.Row;
import org.safesurgeries.portal.declaration.DeclarationRegister.Standing;
import org.safesurgeries.portal.security.Roles;

/** Every practice's declaration status, filterable, each row opening its history read-only. */
@Route("declarations")
@PageTitle("Declarations · Safe Surgery portal")
@Menu(title = "Declarations", order = 20, icon = "vaadin:list-select")
@RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
class DeclarationRegisterView extends VerticalLayout {

    DeclarationRegisterView(DeclarationRegister register) {
        addClassName("portal-page");
        var text = new TextField("Practice");
        text.setPlaceholder("Name or ODS code");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        var region = new ComboBox<String>("Region", register.regions());
        region.setClearButtonVisible(true);
        var icb = new ComboBox<String>("ICB", register.icbs());
        icb.setClearButtonVisible(true);
        var standing = new Select<Standing>();
        standing.setLabel("Status");
        standing.setItems(Standing.values());
        standing.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        standing.setEmptySelectionAllowed(true);
        standing.setEmptySelectionCaption("Any");
        var lapsing = new Checkbox("Lapsing in the next 90 days");

        var grid = new Grid<Row>();
        grid.addColumn(Row::odsCode).setHeader("ODS code").setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(r -> new Anchor("declaration/" + r.practiceId() + "/history", r.name()))
                .setHeader("Practice").setFlexGrow(3);
        grid.addColumn(Row::region).setHeader("Region").setFlexGrow(2);
        grid.addColumn(Row::icb).setHeader("ICB").setFlexGrow(3).setTooltipGenerator(Row::icb);
        grid.addColumn(r -> r.standing().label()).setHeader("Status").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> r.signedOn() == null ? "" : SignedDeclarationPanel.DATE.format(r.signedOn()))
                .setHeader("Signed").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(r -> r.lapsesOn() == null ? "" : SignedDeclarationPanel.DATE.format(r.lapsesOn()))
                .setHeader("Lapses").setWidth("10rem").setFlexGrow(0);
        grid.setEmptyStateText("No practice matches these filters.");
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        java.util.function.Supplier<DeclarationRegister.Filter> filter = () -> new DeclarationRegister.Filter(
                region.getValue(), icb.getValue(), standing.getValue(), lapsing.getValue(), text.getValue());
        grid.setItems(q -> register.find(filter.get(), q.getOffset(), q.getLimit()).stream(),
                q -> register.count(filter.get()));
        text.addValueChangeListener(e -> refresh.run());
        region.addValueChangeListener(e -> refresh.run());
        icb.addValueChangeListener(e -> refresh.run());
        standing.addValueChangeListener(e -> refresh.run());
        lapsing.addValueChangeListener(e -> refresh.run());
        var filters = new HorizontalLayout(text, region, icb, standing, lapsing);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1("Declarations"), filters, new Anchor("network", "Network dashboard"), grid);
        setSizeFull();
        grid.setSizeFull();
    }
}
