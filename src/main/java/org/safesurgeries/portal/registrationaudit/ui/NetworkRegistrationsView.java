package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.registrationaudit.Measure;
import org.safesurgeries.portal.registrationaudit.PublishedTable;
import org.safesurgeries.portal.registrationaudit.RegistrationStatistics;
import org.safesurgeries.portal.registrationaudit.RegistrationStatistics.Area;
import org.safesurgeries.portal.registrationaudit.RegistrationStatistics.AreaChoice;
import org.safesurgeries.portal.security.Roles;

import java.util.List;

/**
 * The network's registrations for trainers, reviewers and administrators: by region, by ICB, or practice by practice
 * within a region or ICB, month by month. Every figure has been through small-number suppression: outside the
 * practice itself nobody sees a practice's exact counts.
 */
@Route("network/registrations")
@PageTitle("Registrations across the network · Safe Surgery portal")
@Menu(title = "Network registrations", order = 31, icon = "vaadin:chart")
@RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
class NetworkRegistrationsView extends Div {

    /** What the rows of the table are. */
    enum Grouping {
        REGIONS("NHS regions"), ICBS("Integrated Care Boards"), PRACTICES_IN_REGION("Practices in a region"),
        PRACTICES_IN_ICB("Practices in an ICB");

        private final String label;

        Grouping(String label) {
            this.label = label;
        }
    }

    private final RegistrationStatistics statistics;
    private final Select<Grouping> grouping = new Select<>();
    private final ComboBox<AreaChoice> area = new ComboBox<>("Area");
    private final Select<Measure> measure = new Select<>();
    private final Select<Integer> months = new Select<>();
    private final Div result = new Div();

    NetworkRegistrationsView(RegistrationStatistics statistics) {
        this.statistics = statistics;
        addClassName("portal-page");
        grouping.setLabel("By");
        grouping.setItems(Grouping.values());
        grouping.setItemLabelGenerator(g -> g.label);
        grouping.setValue(Grouping.REGIONS);
        area.setItemLabelGenerator(AreaChoice::name);
        area.setVisible(false);
        area.setPlaceholder("Choose an area");
        measure.setLabel("Show");
        measure.setWidth("20em");
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(Measure::label);
        measure.setValue(Measure.ALL);
        months.setLabel("Months");
        months.setItems(12, 24, 36);
        months.setItemLabelGenerator(n -> "Last " + n + " months");
        months.setValue(12);
        grouping.addValueChangeListener(e -> chooseArea());
        area.addValueChangeListener(e -> show());
        measure.addValueChangeListener(e -> show());
        months.addValueChangeListener(e -> show());
        var filters = new HorizontalLayout(grouping, area, measure, months);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Registrations across the network"),
                new Paragraph("Registrations of people who could not provide documents, as practices logged them. "
                        + "Outside a practice, counts from 1 to 7 read \"fewer than 8\" and others are rounded to "
                        + "the nearest 5; some larger counts are hidden too, so that a small one cannot be worked "
                        + "out. Practices see their own exact figures on their tally page."),
                filters, result);
        show();
    }

    private void chooseArea() {
        var chosen = grouping.getValue();
        boolean practices = chosen == Grouping.PRACTICES_IN_REGION || chosen == Grouping.PRACTICES_IN_ICB;
        area.setVisible(practices);
        if (practices) {
            List<AreaChoice> choices = statistics.areas(chosen == Grouping.PRACTICES_IN_REGION ? Area.REGION : Area.ICB);
            area.setItems(choices);
            area.setValue(choices.isEmpty() ? null : choices.getFirst());
        }
        show();
    }

    private void show() {
        result.removeAll();
        var chosen = grouping.getValue();
        PublishedTable published;
        String rowHeading;
        switch (chosen) {
            case REGIONS -> {
                published = statistics.byAreaAndMonth(Area.REGION, measure.getValue(), months.getValue());
                rowHeading = "Region";
            }
            case ICBS -> {
                published = statistics.byAreaAndMonth(Area.ICB, measure.getValue(), months.getValue());
                rowHeading = "ICB";
            }
            default -> {
                if (area.getValue() == null) {
                    result.add(empty("Choose an area to see its practices."));
                    return;
                }
                published = statistics.byPracticeAndMonth(chosen == Grouping.PRACTICES_IN_REGION ? Area.REGION
                        : Area.ICB, area.getValue().code(), measure.getValue(), months.getValue());
                rowHeading = "Practice";
            }
        }
        if (published.rows().isEmpty()) {
            result.add(empty("No registrations have been logged here in the last " + months.getValue() + " months."));
            return;
        }
        String scope = area.isVisible() && area.getValue() != null ? area.getValue().name() : "the whole network";
        result.add(new H2(measure.getValue().label() + ": " + scope),
                PublishedTables.monthTotalsChart(measure.getValue().label() + " in " + scope + ", month by month",
                        published),
                PublishedTables.table(published, rowHeading, "All"));
    }

    private static Paragraph empty(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("portal-empty");
        return paragraph;
    }
}
