package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.safesurgeries.portal.registrationaudit.Measure;
import org.safesurgeries.portal.registrationaudit.PublishedTable;
import org.safesurgeries.portal.registrationaudit.RegistrationStatistics;
import org.safesurgeries.portal.registrationaudit.RegistrationStatistics.Area;


/** Registrations of people without documents, by region or ICB and month; public, with small numbers hidden. */
@Route("statistics")
@PageTitle("Registration statistics · Safe Surgeries")
@Menu(title = "Statistics", order = 3, icon = "vaadin:table")
@AnonymousAllowed
class StatisticsView extends Div {

    private final RegistrationStatistics statistics;
    private final Select<Area> area = new Select<>();
    private final Select<Measure> measure = new Select<>();
    private final Div table = new Div();

    StatisticsView(RegistrationStatistics statistics) {
        this.statistics = statistics;
        addClassName("portal-page");
        area.setLabel("By");
        area.setItems(Area.values());
        area.setItemLabelGenerator(a -> a == Area.REGION ? "NHS region" : "Integrated Care Board");
        area.setValue(Area.REGION);
        measure.setLabel("Show");
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(Measure::label);
        measure.setValue(Measure.ALL);
        area.addValueChangeListener(e -> show());
        measure.addValueChangeListener(e -> show());
        add(new H1("Registration statistics"),
                new Paragraph("How many people who could not provide ID, proof of address, immigration documents or "
                        + "an NHS number Safe Surgeries registered, month by month. The figures hold counts only, "
                        + "never people. Counts from 1 to 7 are shown as \"fewer than 8\" and others are rounded to "
                        + "the nearest 5; some larger counts are hidden too, so that a small one cannot be worked out."),
                new Div(area, measure), table,
                new Paragraph(new Anchor("api/statistics/registrations.csv", "Download as CSV"),
                        new com.vaadin.flow.component.html.Span(" · "),
                        new Anchor("v3/api-docs", "Open data API")));
        show();
    }

    private void show() {
        table.removeAll();
        PublishedTable published = statistics.byAreaAndMonth(area.getValue(), measure.getValue(), 12);
        if (published.rows().isEmpty()) {
            var empty = new Paragraph("No registrations have been logged in the last 12 months.");
            empty.addClassName("portal-empty");
            table.add(empty);
            return;
        }
        table.add(new H2(measure.getValue().label()),
                PublishedTables.monthTotalsChart(measure.getValue().label() + ", all areas, month by month",
                        published),
                PublishedTables.table(published, area.getValue() == Area.REGION ? "Region" : "ICB", "All areas"));
    }
}
