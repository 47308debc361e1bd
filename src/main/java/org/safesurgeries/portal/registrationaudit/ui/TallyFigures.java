package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.Outcome;
import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.RegistrationTally.Count;
import org.safesurgeries.portal.registrationaudit.RegistrationTally.MonthFigures;
import org.safesurgeries.portal.registrationaudit.TallyCsv;
import org.safesurgeries.portal.shared.ui.BarChart;
import org.safesurgeries.portal.shared.ui.Card;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.LineChart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The practice's own exact figures for the last 12 months: charts of registrations per month, the documents people
 * could not provide, outcomes and interpreters' languages, a table by month, and every counter as CSV.
 */
class TallyFigures extends Div {

    private static final int MONTHS = 12;

    private final RegistrationTally tally;
    private final long practiceId;
    private Figures shown;
    private LineChart perMonthChart;
    private BarChart documentsChart;
    private BarChart outcomesChart;
    private BarChart languagesChart;
    private final List<List<NativeTableCell>> monthCells = new ArrayList<>();

    /** What the block shows, worked out from the practice's counters. */
    private record Figures(List<MonthFigures> months, LinkedHashMap<String, Long> perMonth,
                           Map<String, Long> withoutDocuments, Map<String, Long> outcomes,
                           Map<String, Long> languages) {

        /** The same months, labels and bars: the block can be updated in place. */
        boolean sameShape(Figures other) {
            return other != null && !months.isEmpty() && !other.months.isEmpty()
                    && months.stream().map(MonthFigures::month).toList()
                    .equals(other.months.stream().map(MonthFigures::month).toList())
                    && labels(outcomes).equals(labels(other.outcomes))
                    && labels(languages).equals(labels(other.languages));
        }

        private static List<String> labels(Map<String, Long> values) {
            return List.copyOf(values.keySet());
        }
    }

    TallyFigures(RegistrationTally tally, long practiceId) {
        this.tally = tally;
        this.practiceId = practiceId;
        show();
    }

    /**
     * Shows the figures as they are now. After a registration is logged the months and labels are usually the
     * same, so only the numbers that changed are sent to the browser, not the whole block again.
     */
    void show() {
        var figures = figures();
        if (figures.sameShape(shown)) {
            update(figures);
        } else {
            draw(figures);
        }
        shown = figures;
    }

    private Figures figures() {
        var months = tally.ownFigures(practiceId, MONTHS);
        if (months.isEmpty()) {
            return new Figures(months, new LinkedHashMap<>(), Map.of(), Map.of(), Map.of());
        }
        var counts = tally.ownCounts(practiceId, MONTHS);
        var perMonth = new LinkedHashMap<String, Long>();
        months.reversed().forEach(m -> perMonth.put(DateFormats.SHORT_MONTH.format(m.month()), m.registrations()));

        var withoutDocuments = new LinkedHashMap<String, Long>();
        for (var document : MissingDocument.values()) {
            withoutDocuments.put("No " + document.label().toLowerCase(Locale.UK), sum(counts,
                    c -> c.key().missing(document)));
        }
        var outcomes = new LinkedHashMap<String, Long>();
        outcomes.put("Registered", sum(counts, c -> c.key().outcome() == Outcome.REGISTERED));
        outcomes.put("Pending", sum(counts, c -> c.key().outcome() == Outcome.PENDING));
        counts.stream().filter(c -> c.key().outcome() == Outcome.REFUSED)
                .collect(Collectors.groupingBy(c -> "Refused: " + c.key().refusalReason().label().toLowerCase(
                        Locale.UK), Collectors.summingLong(Count::registrations)))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> outcomes.put(e.getKey(), e.getValue()));

        var languages = counts.stream().filter(c -> c.key().interpreterLanguage() != null)
                .collect(Collectors.groupingBy(c -> c.key().interpreterLanguage().label(),
                        Collectors.summingLong(Count::registrations)))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(10).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        LinkedHashMap::new));
        return new Figures(months, perMonth, withoutDocuments, outcomes, languages);
    }

    private void draw(Figures figures) {
        removeAll();
        monthCells.clear();
        add(new H2("Your figures, last 12 months"));
        if (figures.months().isEmpty()) {
            var empty = new Paragraph("Nothing logged yet. Registrations you log appear here.");
            empty.addClassName("portal-empty");
            add(empty);
            return;
        }
        perMonthChart = new LineChart("Registrations logged per month, last 12 months", figures.perMonth());
        documentsChart = new BarChart("Registrations by document the person could not provide",
                figures.withoutDocuments());
        outcomesChart = new BarChart("Registrations by outcome", figures.outcomes());
        languagesChart = figures.languages().isEmpty() ? null : new BarChart(
                "Registrations that needed an interpreter, by language (most needed first)", figures.languages());
        var charts = new Div(new Card("Registrations logged per month", perMonthChart),
                new Card("Could not provide", documentsChart),
                new Card("Outcomes", outcomesChart),
                new Card("Interpreters needed, by language", languagesChart == null
                        ? new Paragraph("No interpreter needed in these months.") : languagesChart));
        charts.addClassName("portal-charts");
        add(charts, monthTable(figures.months()), new Paragraph(export()));
    }

    private void update(Figures figures) {
        perMonthChart.update(figures.perMonth());
        documentsChart.update(figures.withoutDocuments());
        outcomesChart.update(figures.outcomes());
        if (languagesChart != null) {
            languagesChart.update(figures.languages());
        }
        for (int i = 0; i < figures.months().size(); i++) {
            long[] values = values(figures.months().get(i));
            for (int j = 0; j < values.length; j++) {
                var cell = monthCells.get(i).get(j);
                if (!cell.getText().equals(Long.toString(values[j]))) {
                    cell.setText(Long.toString(values[j]));
                }
            }
        }
    }

    private static long sum(List<Count> counts, Predicate<Count> which) {
        return counts.stream().filter(which).mapToLong(Count::registrations).sum();
    }

    private static long[] values(MonthFigures m) {
        return new long[] {m.registrations(), m.registered(), m.pending(), m.refused(), m.interpreterNeeded()};
    }

    private NativeTable monthTable(List<MonthFigures> months) {
        var head = new NativeTableRow();
        for (String title : new String[] {"Month", "Logged", "Registered", "Pending", "Refused", "Interpreter"}) {
            head.add(new NativeTableHeaderCell(title));
        }
        var body = new NativeTableBody();
        for (var m : months) {
            var row = new NativeTableRow(new NativeTableHeaderCell(DateFormats.MONTH.format(m.month())));
            var cells = new ArrayList<NativeTableCell>();
            for (long value : values(m)) {
                var cell = new NativeTableCell(Long.toString(value));
                cells.add(cell);
                row.add(cell);
            }
            monthCells.add(cells);
            body.add(row);
        }
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("portal-table");
        return table;
    }

    private Anchor export() {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = TallyCsv.write(tally.ownCounts(practiceId, MONTHS + 1)).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "registration-tally.csv", "text/csv",
                    csv.length);
        }), "Download your figures (CSV, the same columns as the import template)");
        link.setId("tally-export");
        return link;
    }
}
