package org.safesurgeries.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** A white card with a heading, e.g. one chart of a dashboard (laid out in a {@code portal-charts} grid). */
public class Card extends Div {

    public Card(String title, Component content) {
        super(new H3(title), content);
        addClassName("portal-card");
    }
}
