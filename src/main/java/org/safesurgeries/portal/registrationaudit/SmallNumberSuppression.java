package org.safesurgeries.portal.registrationaudit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The privacy boundary for every figure shown outside the owning practice (below network level): counts from 1 to
 * the threshold (7) are hidden ("fewer than 8"), other counts are rounded to the nearest 5, and secondary suppression
 * hides more cells until no row or column (totals included) has exactly one hidden figure, so a hidden value cannot
 * be worked out from its row or column total. Totals are computed from exact counts, then treated like any figure.
 * Zero stays zero: there is nobody to protect.
 */
@Component
public class SmallNumberSuppression {

    private final int threshold;
    private final int roundTo;

    public SmallNumberSuppression(@Value("${portal.suppression.threshold:7}") int threshold,
                                  @Value("${portal.suppression.round-to:5}") int roundTo) {
        if (threshold < 1 || roundTo < 1) {
            throw new IllegalArgumentException("The suppression threshold and rounding base must be positive");
        }
        this.threshold = threshold;
        this.roundTo = roundTo;
    }

    public int threshold() {
        return threshold;
    }

    public int roundTo() {
        return roundTo;
    }

    public PublishedTable publish(CountTable table) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        // The table with its totals as one (rows + 1) × (columns + 1) grid: the last row and column are totals.
        long[][] exact = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                exact[r][c] = table.cell(r, c);
            }
            exact[r][columns] = table.rowTotal(r);
        }
        for (int c = 0; c < columns; c++) {
            exact[rows][c] = table.columnTotal(c);
        }
        exact[rows][columns] = table.grandTotal();

        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                hidden[r][c] = exact[r][c] >= 1 && exact[r][c] <= threshold;
            }
        }
        hideUntilNothingSmallCanBeWorkedOut(exact, hidden);

        var cells = new PublishedFigure[rows][columns];
        var rowTotals = new PublishedFigure[rows];
        var columnTotals = new PublishedFigure[columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells[r][c] = figure(exact[r][c], hidden[r][c]);
            }
            rowTotals[r] = figure(exact[r][columns], hidden[r][columns]);
        }
        for (int c = 0; c < columns; c++) {
            columnTotals[c] = figure(exact[rows][c], hidden[rows][c]);
        }
        return new PublishedTable(table.rows(), table.columns(), cells, rowTotals, columnTotals,
                figure(exact[rows][columns], hidden[rows][columns]));
    }

    /** A single figure with no table around it (e.g. a practice's yearly total shown to a reviewer). */
    public PublishedFigure publish(long exact) {
        return figure(exact, exact >= 1 && exact <= threshold);
    }

    /**
     * Secondary suppression, then an audit as a reader would attack the table; where a small count could still be
     * worked out, hide the smallest other figure in its row (or else its column) and try again. Each round hides at
     * least one more figure, so this ends; with everything non-zero hidden, nothing small can be worked out.
     */
    private void hideUntilNothingSmallCanBeWorkedOut(long[][] exact, boolean[][] hidden) {
        while (true) {
            hideComplements(exact, hidden);
            var disclosed = DisclosureAudit.disclosed(exact, hidden, threshold, roundTo, smallestShown());
            if (disclosed.isEmpty()) {
                return;
            }
            boolean hidMore = false;
            for (int[] at : disclosed) {
                hidMore |= hideSmallestShown(exact, hidden, rowOf(exact, at)) || hideSmallestShown(exact, hidden,
                        columnOf(exact, at));
            }
            if (!hidMore) {
                return;
            }
        }
    }

    private static boolean hideSmallestShown(long[][] exact, boolean[][] hidden, List<int[]> line) {
        int[] smallest = null;
        for (int[] at : line) {
            if (!hidden[at[0]][at[1]] && exact[at[0]][at[1]] > 0
                    && (smallest == null || exact[at[0]][at[1]] < exact[smallest[0]][smallest[1]])) {
                smallest = at;
            }
        }
        if (smallest == null) {
            return false;
        }
        hidden[smallest[0]][smallest[1]] = true;
        return true;
    }

    private static List<int[]> rowOf(long[][] exact, int[] at) {
        var line = new ArrayList<int[]>();
        for (int c = 0; c < exact[0].length; c++) {
            line.add(new int[] {at[0], c});
        }
        return line;
    }

    private static List<int[]> columnOf(long[][] exact, int[] at) {
        var line = new ArrayList<int[]>();
        for (int r = 0; r < exact.length; r++) {
            line.add(new int[] {r, at[1]});
        }
        return line;
    }

    /**
     * Secondary suppression: while some line (a row or a column of the grid with totals) holds exactly one hidden
     * figure, hide the smallest other non-zero figure of that line. Each pass hides at least one more figure, so
     * this ends.
     */
    private static void hideComplements(long[][] exact, boolean[][] hidden) {
        int rows = exact.length;
        int columns = exact[0].length;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var line : lines(rows, columns)) {
                int hiddenCount = 0;
                int[] smallest = null;
                for (int[] at : line) {
                    if (hidden[at[0]][at[1]]) {
                        hiddenCount++;
                    } else if (exact[at[0]][at[1]] > 0
                            && (smallest == null || exact[at[0]][at[1]] < exact[smallest[0]][smallest[1]])) {
                        smallest = at;
                    }
                }
                if (hiddenCount == 1 && smallest != null) {
                    hidden[smallest[0]][smallest[1]] = true;
                    changed = true;
                }
            }
        }
    }

    /** Every row and every column of the grid, each as the list of its positions. */
    static List<List<int[]>> lines(int rows, int columns) {
        var lines = new ArrayList<List<int[]>>();
        for (int r = 0; r < rows; r++) {
            var line = new ArrayList<int[]>();
            for (int c = 0; c < columns; c++) {
                line.add(new int[] {r, c});
            }
            lines.add(line);
        }
        for (int c = 0; c < columns; c++) {
            var line = new ArrayList<int[]>();
            for (int r = 0; r < rows; r++) {
                line.add(new int[] {r, c});
            }
            lines.add(line);
        }
        return lines;
    }

    private PublishedFigure figure(long exact, boolean hide) {
        if (hide) {
            return PublishedFigure.hidden(threshold);
        }
        if (exact == 0) {
            return PublishedFigure.shown(0, threshold);
        }
        // Rounding must never publish a small number (8 rounded to the nearest 10 is 10, never 0 or 5).
        return PublishedFigure.shown(Math.max(Math.round((double) exact / roundTo) * roundTo, smallestShown()),
                threshold);
    }

    /** The smallest figure ever shown above zero: the first multiple of the rounding base above the threshold. */
    long smallestShown() {
        return (long) roundTo * ((threshold + roundTo) / roundTo);
    }
}
