package org.safesurgeries.portal.shared.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line chart of one series over time, drawn as inline SVG on the server (no JavaScript bundle), with the same
 * figures as a table under "Show the figures" for screen readers and for people who prefer numbers.
 */
public class LineChart extends Div {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 240;
    private static final int PAD_LEFT = 48;
    private static final int PAD_BOTTOM = 28;
    private static final int PAD_TOP = 12;

    private final String description;
    private final Div chart = new Div();
    private final Map<String, NativeTableCell> values = new LinkedHashMap<>();
    private final NativeTableBody body = new NativeTableBody();

    public LineChart(String description, LinkedHashMap<String, Long> points) {
        this.description = description;
        // The drawing is set as markup, not parsed on the server as an Html component would on every update.
        chart.getElement().setProperty("innerHTML", svg(description, points));
        add(chart);
        add(table(points));
    }

    /**
     * New points. The drawing is one property sent again; with the same labels, only the figures that changed in
     * the table under it are sent, not the whole table again.
     */
    public void update(LinkedHashMap<String, Long> points) {
        chart.getElement().setProperty("innerHTML", svg(description, points));
        if (!List.copyOf(points.keySet()).equals(new ArrayList<>(values.keySet()))) {
            body.removeAll();
            values.clear();
            rows(points);
            return;
        }
        points.forEach((label, value) -> {
            var cell = values.get(label);
            if (!cell.getText().equals(Long.toString(value))) {
                cell.setText(Long.toString(value));
            }
        });
    }

    static String svg(String description, Map<String, Long> points) {
        List<String> labels = new ArrayList<>(points.keySet());
        long max = Math.max(1, points.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int n = Math.max(1, labels.size() - 1);
        double plotWidth = WIDTH - PAD_LEFT - 12.0;
        double plotHeight = HEIGHT - PAD_BOTTOM - PAD_TOP;
        var svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' viewBox='0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("' width='").append(WIDTH).append("' height='").append(HEIGHT)
                .append("' style='max-width:100%;height:auto;display:block'")
                .append(" aria-label='").append(HtmlUtils.htmlEscape(description)).append("'>");
        svg.append("<title>").append(HtmlUtils.htmlEscape(description)).append("</title>");
        svg.append("<line x1='").append(PAD_LEFT).append("' y1='").append(HEIGHT - PAD_BOTTOM).append("' x2='")
                .append(WIDTH - 12).append("' y2='").append(HEIGHT - PAD_BOTTOM)
                .append("' stroke='#5b6670' stroke-width='1'/>");
        svg.append("<text x='").append(PAD_LEFT - 6).append("' y='").append(PAD_TOP + 10)
                .append("' text-anchor='end' font-size='12' fill='#4a5560'>").append(max).append("</text>");
        svg.append("<text x='").append(PAD_LEFT - 6).append("' y='").append(HEIGHT - PAD_BOTTOM)
                .append("' text-anchor='end' font-size='12' fill='#4a5560'>0</text>");
        var path = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            double x = PAD_LEFT + plotWidth * i / n;
            double y = PAD_TOP + plotHeight * (1 - (double) points.get(labels.get(i)) / max);
            path.append(i == 0 ? "M" : " L").append(String.format(java.util.Locale.ROOT, "%.1f %.1f", x, y));
            if (i % Math.max(1, labels.size() / 6) == 0 || i == labels.size() - 1) {
                svg.append("<text x='").append(String.format(java.util.Locale.ROOT, "%.1f", x)).append("' y='")
                        .append(HEIGHT - 8).append("' text-anchor='").append(i == labels.size() - 1 ? "end" : "middle")
                        .append("' font-size='12' fill='#4a5560'>")
                        .append(HtmlUtils.htmlEscape(labels.get(i))).append("</text>");
            }
        }
        svg.append("<path d='").append(path).append("' fill='none' stroke='#0b6b63' stroke-width='3'/>");
        svg.append("</svg>");
        return svg.toString();
    }

    private Details table(Map<String, Long> points) {
        var head = new NativeTableHeader(new NativeTableRow(new NativeTableHeaderCell("Month"),
                new NativeTableHeaderCell("Count")));
        rows(points);
        return new Details("Show the figures", new NativeTable(head, body));
    }

    private void rows(Map<String, Long> points) {
        points.forEach((label, value) -> {
            var cell = new NativeTableCell(Long.toString(value));
            values.put(label, cell);
            body.add(new NativeTableRow(new NativeTableCell(label), cell));
        });
    }
}
