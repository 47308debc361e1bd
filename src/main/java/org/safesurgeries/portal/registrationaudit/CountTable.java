package org.safesurgeries.portal.registrationaudit;

import java.util.List;

/** Exact counts in rows and columns (e.g. ICBs × months), before anything is published. Totals are derived. */
public record CountTable(List<String> rows, List<String> columns, long[][] cells) {

    public CountTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (cells.length != rows.size()) {
            throw new IllegalArgumentException("One row of counts per row label");
        }
        var copy = new long[cells.length][];
        for (int r = 0; r < cells.length; r++) {
            if (cells[r].length != columns.size()) {
                throw new IllegalArgumentException("One count per column in row " + rows.get(r));
            }
            for (long value : cells[r]) {
                if (value < 0) {
                    throw new IllegalArgumentException("Counts cannot be negative");
                }
            }
            copy[r] = cells[r].clone();
        }
        cells = copy;
    }

    public long cell(int row, int column) {
        return cells[row][column];
    }

    public long rowTotal(int row) {
        long sum = 0;
        for (long value : cells[row]) {
            sum += value;
        }
        return sum;
    }

    public long columnTotal(int column) {
        long sum = 0;
        for (long[] row : cells) {
            sum += row[column];
        }
        return sum;
    }

    public long grandTotal() {
        long sum = 0;
        for (int r = 0; r < rows.size(); r++) {
            sum += rowTotal(r);
        }
        return sum;
    }
}
