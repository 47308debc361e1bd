package org.safesurgeries.portal.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * A horizontal bar chart drawn with plain elements (no JavaScript bundle). It is a list whose items say the label and
 * the value in text, so screen readers read what sighted people see.
 */
public class BarChart extends Div {

    private final LongFunction<String> format;
    private final Map<String, Bar> bars = new LinkedHashMap<>();

    private record Bar(Div fill, Span value) {
    }

    /** Bars scaled against the largest value. */
    public BarChart(String description, Map<String, Long> values) {
        this(description, values, Long::toString, largest(values));
    }

    /** Bars scaled against {@code max}; {@code format} writes each value (e.g. as a percentage). */
    public BarChart(String description, Map<String, Long> values, LongFunction<String> format, long max) {
        this.format = format;
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", description);
        draw(values, max);
    }

    /**
     * New values for a chart scaled against the largest value. With the same labels in the same order, only the
     * bars' widths and the values that changed are sent to the browser, not the whole chart again.
     */
    public void update(Map<String, Long> values) {
        long max = largest(values);
        if (!List.copyOf(values.keySet()).equals(new ArrayList<>(bars.keySet()))) {
            removeAll();
            bars.clear();
            draw(values, max);
            return;
        }
        values.forEach((label, value) -> {
            var bar = bars.get(label);
            String width = width(value, max);
            if (!width.equals(bar.fill().getStyle().get("width"))) {
                bar.fill().getStyle().set("width", width);
            }
            String text = format.apply(value);
            if (!text.equals(bar.value().getText())) {
                bar.value().setText(text);
            }
        });
    }

    private static long largest(Map<String, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).max().orElse(1);
    }

    private static String width(long value, long max) {
        return Math.min(100.0, 100.0 * value / Math.max(1, max)) + "%";
    }

    private void draw(Map<String, Long> values, long max) {
        if (values.isEmpty()) {
            var empty = new Span("No data yet.");
            empty.addClassName("portal-empty");
            add(empty);
        }
        values.forEach((label, value) -> {
            var row = new Div();
            row.getElement().setAttribute("role", "listitem");
            row.getStyle().set("display", "grid").set("grid-template-columns", "minmax(8rem, 16rem) 1fr 4rem")
                    .set("align-items", "center").set("gap", "var(--lumo-space-s)")
                    .set("margin-bottom", "var(--lumo-space-xs)");
            var bar = new Div();
            bar.getStyle().set("height", "1rem").set("background", "var(--lumo-primary-color)")
                    .set("border-radius", "var(--lumo-border-radius-s)")
                    .set("width", width(value, max));
            bar.getElement().setAttribute("aria-hidden", "true");
            var text = new Span(format.apply(value));
            row.add(new Span(label), new Div(bar), text);
            add(row);
            bars.put(label, new Bar(bar, text));
        });
    }
}
