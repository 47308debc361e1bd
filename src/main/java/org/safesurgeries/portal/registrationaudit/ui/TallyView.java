package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.practice.PracticePages;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.RegistrationTally.MonthFigures;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.ui.BarChart;

import java.util.LinkedHashMap;

/** Log a registration at the desk, and see the practice's own exact figures month by month. */
@Route("tally/:practiceId?")
@PageTitle("Registration tally · Safe Surgery portal")
@Menu(title = "Registration tally", order = 12, icon = "vaadin:plus-square-o")
@RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
class TallyView extends Div implements BeforeEnterObserver {

    private final RegistrationTally tally;
    private final PracticeService practices;
    private final Div figures = new Div();
    private long practiceId;

    TallyView(RegistrationTally tally, PracticeService practices) {
        this.tally = tally;
        this.practices = practices;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PracticePages.open(event, practices, TallyView.class, this, "Registration tally", id -> {
            practiceId = id;
            var practice = practices.get(practiceId);
            add(new H1("Registration tally: " + practice.name()),
                    new Paragraph("Count each registration of someone who could not provide a document. The tally "
                            + "keeps numbers only: never a name, a date of birth, an NHS number or the time."),
                    new QuickLogForm(tally, practiceId, this::showFigures), figures);
            showFigures();
        });
    }

    private void showFigures() {
        figures.removeAll();
        var months = tally.ownFigures(practiceId, 12);
        figures.add(new H2("Your figures, last 12 months"));
        if (months.isEmpty()) {
            var empty = new Paragraph("Nothing logged yet. Registrations you log appear here.");
            empty.addClassName("portal-empty");
            figures.add(empty);
            return;
        }
        var withoutDocuments = new LinkedHashMap<String, Long>();
        withoutDocuments.put("No photo ID", months.stream().mapToLong(MonthFigures::noPhotoId).sum());
        withoutDocuments.put("No proof of address", months.stream().mapToLong(MonthFigures::noProofOfAddress).sum());
        withoutDocuments.put("No immigration documents",
                months.stream().mapToLong(MonthFigures::noImmigrationDocuments).sum());
        withoutDocuments.put("No NHS number", months.stream().mapToLong(MonthFigures::noNhsNumber).sum());
        var head = new NativeTableRow();
        for (String title : new String[] {"Month", "Logged", "Registered", "Pending", "Refused", "Interpreter"}) {
            head.add(new NativeTableHeaderCell(title));
        }
        var body = new NativeTableBody();
        for (var m : months) {
            var row = new NativeTableRow(new NativeTableHeaderCell(QuickLogForm.MONTH.format(m.month())));
            for (long value : new long[] {m.registrations(), m.registered(), m.pending(), m.refused(),
                    m.interpreterNeeded()}) {
                row.add(new NativeTableCell(Long.toString(value)));
            }
            body.add(row);
        }
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("portal-table");
        figures.add(new BarChart("Registrations without each kind of document, last 12 months", withoutDocuments),
                table);
    }
}
