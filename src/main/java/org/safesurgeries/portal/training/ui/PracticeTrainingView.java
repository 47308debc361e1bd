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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.practice.PracticePages;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.ui.BarChart;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.ScrollRegion;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingCoverage.RoleCoverage;
import org.safesurgeries.portal.training.TrainingRecords;
import org.safesurgeries.portal.training.TrainingRecords.SessionRecord;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A practice's staff training: coverage per role against its head-count with refresher dates, and every session,
 * verified (recorded by a trainer) or self-reported.
 */
@Route("training/practice/:practiceId?")
@PageTitle("Staff training · Safe Surgery portal")
@Menu(title = "Staff training", order = 14, icon = "vaadin:academy-cap")
@RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
class PracticeTrainingView extends Div implements BeforeEnterObserver {

    private final TrainingRecords training;
    private final PracticeService practices;

    PracticeTrainingView(TrainingRecords training, PracticeService practices) {
        this.training = training;
        this.practices = practices;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PracticePages.open(event, practices, PracticeTrainingView.class, this, "Staff training", practiceId -> {
            var practice = practices.get(practiceId);
            var coverage = training.coverage(practiceId);
            var sessions = training.sessionsOf(practiceId);
            add(new H1("Staff training: " + practice.name()),
                    new Paragraph(new Anchor("training/session?practice=" + practiceId,
                            "Record training you organised yourselves")),
                    new H2("Coverage: staff trained in the last " + training.refresherMonths() + " months"),
                    coverageChart(coverage), coverageList(coverage),
                    new H2("Training history"), history(practiceId, sessions));
        });
    }

    private static BarChart coverageChart(List<RoleCoverage> coverage) {
        var values = new LinkedHashMap<String, Long>();
        coverage.forEach(c -> values.put(c.role().label() + " (" + Math.min(c.trained(), c.headcount()) + " of "
                + c.headcount() + ")", (long) c.percent()));
        return new BarChart("Share of staff trained by role, per cent", values, percent -> percent + "%", 100);
    }

    private UnorderedList coverageList(List<RoleCoverage> coverage) {
        var list = new UnorderedList();
        for (var c : coverage) {
            var item = new ListItem(new Span(c.role().label() + ": " + c.trained() + " of " + c.headcount()
                    + " trained (" + c.percent() + "%). " + refresher(c)));
            if (c.exceedsHeadcount()) {
                var warning = new Paragraph("More " + c.role().label().toLowerCase(Locale.UK) + " staff attended than "
                        + "your head-count of " + c.headcount() + ". Please update the head-count on ");
                warning.add(new Anchor("my-practice", "your practice's page"));
                warning.add(new Span("."));
                warning.addClassName("portal-warning");
                item.add(warning);
            }
            list.add(item);
        }
        return list;
    }

    private static String refresher(RoleCoverage c) {
        if (c.neverTrained()) {
            return "Never trained.";
        }
        if (c.refresherDue() != null) {
            return "Refresher due " + DateFormats.DAY.format(c.refresherDue()) + ".";
        }
        return "Training lapsed on " + DateFormats.DAY.format(c.lapsedOn()) + ": a refresher is overdue.";
    }

    private static Div history(long practiceId, List<SessionRecord> sessions) {
        if (sessions.isEmpty()) {
            var empty = new Paragraph("No training recorded yet.");
            empty.addClassName("portal-empty");
            return new Div(empty);
        }
        var head = new NativeTableRow();
        for (String title : new String[] {"Date", "Delivered by", "Topics", "Format", "Attended from this practice"}) {
            head.add(new NativeTableHeaderCell(title));
        }
        var body = new NativeTableBody();
        for (var s : sessions) {
            var d = s.details();
            var date = new NativeTableHeaderCell();
            date.add(s.editableByMe() ? new Anchor("training/session/" + s.id(), DateFormats.DAY.format(d.deliveredOn()))
                    : new Span(DateFormats.DAY.format(d.deliveredOn())));
            var source = new Span((s.verified() ? "Verified · " : "Self-reported · ") + d.source().label());
            source.addClassNames("portal-badge", s.verified() ? "portal-badge-verified" : "portal-badge-self");
            body.add(new NativeTableRow(date, new NativeTableCell(source),
                    new NativeTableCell(String.join(", ", s.topics())),
                    new NativeTableCell(d.format().label() + ", " + d.durationMinutes() + " min"),
                    new NativeTableCell(attendance(practiceId, s))));
        }
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("portal-table");
        return new ScrollRegion("Training history", table);
    }

    private static String attendance(long practiceId, SessionRecord session) {
        return Arrays.stream(StaffRole.values())
                .filter(role -> session.details().attended(practiceId, role) > 0)
                .map(role -> session.details().attended(practiceId, role) + " " + role.label().toLowerCase(Locale.UK))
                .collect(Collectors.joining(", "));
    }
}
