package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.safesurgeries.portal.registrationaudit.PublishedTable;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.LineChart;
import org.safesurgeries.portal.shared.ui.ScrollRegion;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;

/** Shows a suppressed table (areas or practices × months) the same way wherever it appears. */
final class PublishedTables {

    private PublishedTables() {
    }

    static ScrollRegion table(PublishedTable published, String rowHeading, String totalsLabel) {
        var head = new NativeTableRow(new NativeTableHeaderCell(rowHeading));
        published.columns().forEach(m -> head.add(new NativeTableHeaderCell(
                DateFormats.SHORT_MONTH.format(YearMonth.parse(m)))));
        head.add(new NativeTableHeaderCell("All " + published.columns().size() + " months"));
        var body = new NativeTableBody();
        for (int r = 0; r < published.rows().size(); r++) {
            var row = new NativeTableRow(new NativeTableHeaderCell(published.rows().get(r)));
            for (var figure : published.cells()[r]) {
                row.add(new NativeTableCell(figure.text()));
            }
            row.add(new NativeTableCell(published.rowTotals()[r].text()));
            body.add(row);
        }
        var totals = new NativeTableRow(new NativeTableHeaderCell(totalsLabel));
        for (var figure : published.columnTotals()) {
            totals.add(new NativeTableCell(figure.text()));
        }
        totals.add(new NativeTableCell(published.grandTotal().text()));
        body.add(totals);
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("portal-table");
        return new ScrollRegion("Figures by " + rowHeading.toLowerCase(Locale.UK) + " and month", table);
    }

    /**
     * A line chart of the published month totals. A hidden total (fewer than 8) is left out rather than drawn as a
     * number it is not, and the chart says so.
     */
    static Div monthTotalsChart(String description, PublishedTable published) {
        var points = new LinkedHashMap<String, Long>();
        boolean leftOut = false;
        for (int c = 0; c < published.columns().size(); c++) {
            var total = published.columnTotals()[c];
            if (total.suppressed()) {
                leftOut = true;
            } else {
                points.put(DateFormats.SHORT_MONTH.format(YearMonth.parse(published.columns().get(c))), total.value());
            }
        }
        var chart = new Div(new LineChart(description, points));
        if (leftOut) {
            var note = new Paragraph("Months with fewer than 8 in all are left out of the chart.");
            note.addClassName("portal-empty");
            chart.add(note);
        }
        return chart;
    }
}
