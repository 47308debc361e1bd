package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;

/**
 * Cells for the award pages' {@code portal-table}s. The table right-aligns cells for figures; text and controls are
 * aligned here so that each heading sits over its column.
 */
final class TableCells {

    private TableCells() {
    }

    static NativeTableHeaderCell column(String title, String align) {
        var cell = new NativeTableHeaderCell(title);
        cell.getElement().setAttribute("scope", "col");
        cell.getStyle().set("text-align", align);
        return cell;
    }

    static NativeTableHeaderCell rowHeader(Component... content) {
        var cell = new NativeTableHeaderCell(content);
        cell.getElement().setAttribute("scope", "row");
        cell.getStyle().set("text-align", "left");
        return cell;
    }

    static NativeTableCell cell(String align, Component... content) {
        var cell = new NativeTableCell(content);
        cell.getStyle().set("text-align", align);
        return cell;
    }
}
