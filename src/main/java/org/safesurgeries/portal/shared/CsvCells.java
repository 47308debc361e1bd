package org.safesurgeries.portal.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV that spreadsheets open safely: every cell quoted, and a cell that starts like a formula
 * ({@code = + - @}, tab or carriage return) prefixed with an apostrophe so it is never run as one.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String row(List<?> cells) {
        return cells.stream().map(c -> cell(c == null ? "" : c.toString())).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
