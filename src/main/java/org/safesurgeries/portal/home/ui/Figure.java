package org.safesurgeries.portal.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A large number with its label, for the home pages. */
class Figure extends Div {

    Figure(long value, String label) {
        addClassName("portal-card");
        var number = new Div(Long.toString(value));
        number.addClassName("portal-figure");
        add(number, new Span(label));
    }
}
