package org.safesurgeries.portal.training.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.CurrentActor;
import org.safesurgeries.portal.shared.CsvCells;
import org.safesurgeries.portal.shared.ui.BarChart;
import org.safesurgeries.portal.shared.ui.Card;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.ScrollRegion;
import org.safesurgeries.portal.shared.ui.LineChart;
import org.safesurgeries.portal.training.SessionDetails.Attendance;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingRecords;
import org.safesurgeries.portal.training.TrainingRecords.SessionRecord;
import org.safesurgeries.portal.training.TrainingStatistics;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * A trainer's sessions and dashboard: sessions per month, practices reached and staff trained by role (theirs or
 * everyone's), coverage of Safe Surgeries by region, and the Safe Surgeries whose reception staff were never
 * trained; their sessions as CSV.
 */
@Route("training")
@PageTitle("Training sessions · Safe Surgery portal")
@Menu(title = "Training sessions", order = 23, icon = "vaadin:academy-cap")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class TrainingView extends Div {

    private static final int MONTHS = 12;

    private final TrainingRecords training;
    private final TrainingStatistics statistics;
    private final Select<Boolean> scope = new Select<>();
    private final Div dashboard = new Div();

    TrainingView(TrainingRecords training, TrainingStatistics statistics) {
        this.training = training;
        this.statistics = statistics;
        addClassName("portal-page");
        scope.setLabel("Figures for");
        scope.setItems(true, false);
        scope.setItemLabelGenerator(mine -> mine ? "My sessions" : "All trainers");
        scope.setValue(true);
        scope.addValueChangeListener(e -> showDashboard());
        var sessions = training.mySessions();
        add(new H1("Training sessions"),
                new Paragraph(new Anchor("training/session", "Record a session")),
                new H2("Dashboard, last 12 months"), scope, dashboard,
                new H2("Your sessions"), sessionTable(sessions),
                new Paragraph(export()));
        showDashboard();
    }

    private void showDashboard() {
        dashboard.removeAll();
        String who = scope.getValue() ? CurrentActor.name() : null;
        var perMonth = new LinkedHashMap<String, Long>();
        statistics.sessionsPerMonth(who, MONTHS).forEach((month, count) -> perMonth.put(
                DateFormats.SHORT_MONTH.format(month), count));
        var byRole = new LinkedHashMap<String, Long>();
        statistics.staffTrained(who, MONTHS).forEach((role, count) -> byRole.put(role.label(), count));
        var byRegion = new LinkedHashMap<String, Long>();
        statistics.coverageByRegion().forEach(r -> byRegion.put(r.region() + " (" + r.trained() + " of "
                + r.practices() + ")", r.percent()));
        var reached = new Paragraph(statistics.practicesReached(who, MONTHS) + " practices reached");
        reached.addClassName("portal-figure");
        var charts = new Div(new Card("Practices reached", reached),
                new Card("Sessions per month", new LineChart("Training sessions per month", perMonth)),
                new Card("Staff trained by role", new BarChart("Staff trained by role (head-counts)", byRole)),
                new Card("Safe Surgeries with training in the last " + training.refresherMonths() + " months",
                        new BarChart("Share of Safe Surgeries with training, by region, per cent", byRegion,
                                percent -> percent + "%", 100)));
        charts.addClassName("portal-charts");
        var untrained = statistics.receptionNeverTrained(100);
        dashboard.add(charts, new H2("Safe Surgeries whose reception staff have never been trained"));
        if (untrained.isEmpty()) {
            var none = new Paragraph("Every Safe Surgery has had reception staff at a recorded session.");
            none.addClassName("portal-empty");
            dashboard.add(none);
        } else {
            var list = new UnorderedList();
            untrained.forEach(u -> list.add(new ListItem(new Anchor("training/session?practice=" + u.practiceId(),
                    u.name() + " (" + u.odsCode() + ")"), new Span(" — " + u.region()))));
            dashboard.add(list);
        }
    }

    private static Div sessionTable(List<SessionRecord> sessions) {
        if (sessions.isEmpty()) {
            var empty = new Paragraph("You have not recorded a session yet.");
            empty.addClassName("portal-empty");
            return new Div(empty);
        }
        var head = new NativeTableRow();
        for (String title : new String[] {"Date", "Practices", "Topics", "Staff", "Editing"}) {
            head.add(new NativeTableHeaderCell(title));
        }
        var body = new NativeTableBody();
        for (var s : sessions) {
            var date = new NativeTableHeaderCell();
            date.add(new Anchor("training/session/" + s.id(), DateFormats.DAY.format(s.details().deliveredOn())));
            body.add(new NativeTableRow(date, new NativeTableCell(s.practiceLabels()),
                    new NativeTableCell(String.join(", ", s.topics())),
                    new NativeTableCell(Integer.toString(s.details().attendance().stream()
                            .mapToInt(Attendance::attended).sum())),
                    new NativeTableCell(s.locked() ? "Locked" : "Open")));
        }
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("portal-table");
        return new ScrollRegion("Your sessions", table);
    }

    private Anchor export() {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csv(training.mySessions()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "training-sessions.csv", "text/csv",
                    csv.length);
        }), "Download your sessions (CSV)");
        link.setId("training-export");
        return link;
    }

    /** One row per session and practice, with head-counts by role; attendees' names and emails stay out. */
    static String csv(List<SessionRecord> sessions) {
        var header = new ArrayList<Object>(List.of("date", "delivered_by", "format", "minutes", "practice_ods_code",
                "practice", "topics"));
        for (var role : StaffRole.values()) {
            header.add(role.name().toLowerCase(Locale.ROOT));
        }
        var csv = new StringBuilder(CsvCells.row(header));
        for (var s : sessions) {
            var d = s.details();
            for (var practice : s.practices()) {
                var row = new ArrayList<Object>(List.of(d.deliveredOn(), d.source().label(), d.format().label(),
                        d.durationMinutes(), practice.odsCode(), practice.name(), String.join("; ", s.topics())));
                for (var role : StaffRole.values()) {
                    row.add(d.attended(practice.id(), role));
                }
                csv.append(CsvCells.row(row));
            }
        }
        return csv.toString();
    }
}
