package org.safesurgeries.portal.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.Map;
import java.util.function.LongFunction;

/**
 * A horizontal bar chart drawn with plain elements (no JavaScript bundle). It is a list whose items say the label and
 * the value in text, so screen readers read what sighted people see.
 */
public class BarChart extends Div {

    public BarChart(String description, Map<String, Long> values) {
        this(description, values, Long::toString, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
    }

    /** Bars scaled against {@code max}; {@code format} writes each value (e.g. as a percentage). */
    public BarChart(String description, Map<String, Long> values, LongFunction<String> format, long max) {
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", description);
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
                    .set("width", Math.min(100.0, 100.0 * value / Math.max(1, max)) + "%");
            bar.getElement().setAttribute("aria-hidden", "true");
            row.add(new Span(label), new Div(bar), new Span(format.apply(value)));
            add(row);
        });
    }
}
