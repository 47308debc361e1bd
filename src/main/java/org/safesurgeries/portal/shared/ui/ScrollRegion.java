package org.safesurgeries.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * A wide table's horizontal scroll box, reachable by keyboard (focusable, a named region) so that people who do not
 * use a mouse can scroll it too.
 */
public class ScrollRegion extends Div {

    public ScrollRegion(String label, Component content) {
        super(content);
        getStyle().set("overflow-x", "auto");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", label);
    }
}
