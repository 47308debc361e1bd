package org.safesurgeries.portal.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.Map;

/**
 * A horizontal bar chart drawn with plain elements (no JavaScript bundle), with the numbers in the text so that
 * screen readers read the same as sighted people see.
 */
class RegionChart extends Div {

    RegionChart(Map<String, Long> values) {
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", "Active practices by NHS region");
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(1);
        values.forEach((label, value) -> {
            var row = new Div();
            row.getElement().setAttribute("role", "listitem");
            row.getStyle().set("display", "grid").set("grid-template-columns", "14rem 1fr 3rem")
                    .set("align-items", "center").set("gap", "var(--lumo-space-s)");
            var bar = new Div();
            bar.getStyle().set("height", "1rem").set("background", "var(--lumo-primary-color)")
                    .set("border-radius", "var(--lumo-border-radius-s)")
                    .set("width", (100.0 * value / Math.max(1, max)) + "%");
            bar.getElement().setAttribute("aria-hidden", "true");
            row.add(new Span(label), new Div(bar), new Span(Long.toString(value)));
            add(row);
        });
    }
}
