package org.safesurgeries.portal.registrationaudit;

import java.util.List;

/** A table after suppression and rounding: safe to show to anyone. Totals are computed from exact counts. */
public record PublishedTable(List<String> rows, List<String> columns, PublishedFigure[][] cells,
                             PublishedFigure[] rowTotals, PublishedFigure[] columnTotals, PublishedFigure grandTotal) {

    public PublishedFigure cell(int row, int column) {
        return cells[row][column];
    }
}
