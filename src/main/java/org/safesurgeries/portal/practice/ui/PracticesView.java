package org.safesurgeries.portal.practice.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.practice.PracticeDetails;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.practice.PracticeStatus;
import org.safesurgeries.portal.security.Roles;
import org.springframework.data.domain.Sort;

/** All practices, for administrators: searchable by name, ODS code or postcode, loaded page by page. */
@Route("admin/practices")
@PageTitle("Practices · Safe Surgery portal")
@Menu(title = "Practices", order = 50, icon = "vaadin:hospital")
@RolesAllowed(Roles.ADMIN)
class PracticesView extends VerticalLayout {

    PracticesView(PracticeService practices) {
        addClassName("portal-page");
        var search = new TextField("Search");
        search.setPlaceholder("Name, ODS code or postcode");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        var status = new Select<PracticeStatus>();
        status.setLabel("Status");
        status.setItems(PracticeStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");

        var grid = new Grid<PracticeDetails>();
        grid.addColumn(PracticeDetails::odsCode).setHeader("ODS code").setSortProperty("odsCode").setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(PracticeDetails::name).setHeader("Name").setSortProperty("name").setFlexGrow(4)
                .setTooltipGenerator(PracticeDetails::name);
        grid.addColumn(p -> p.contact().postcode()).setHeader("Postcode").setSortProperty("postcode")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(PracticeDetails::region).setHeader("Region").setFlexGrow(2);
        grid.addColumn(PracticeDetails::icb).setHeader("ICB").setFlexGrow(3).setTooltipGenerator(PracticeDetails::icb);
        grid.addColumn(p -> p.status().label()).setHeader("Status").setSortProperty("status").setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(p -> p.headcounts().total()).setHeader("Staff").setWidth("5rem").setFlexGrow(0);
        grid.setEmptyStateText("No practices match. Import the epraccur file to add practices.");
        grid.setItemsPageable(pageable -> practices.search(search.getValue(), status.getValue(),
                pageable.getSort().isSorted() ? pageable : org.springframework.data.domain.PageRequest.of(
                        pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"))).getContent());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new H1("Practices"), new HorizontalLayout(search, status),
                new Anchor("admin/practices/import", "Import the epraccur file"), grid);
        setSizeFull();
        grid.setSizeFull();
    }
}
