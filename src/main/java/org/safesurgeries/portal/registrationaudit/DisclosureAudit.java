package org.safesurgeries.portal.registrationaudit;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out, as a reader of a published table could, the tightest range of every count: from what each figure says
 * alone (hidden: at least 1; shown: its rounding interval; zero: zero) and then from every row and column sum,
 * tightened until nothing changes. Returns the small counts whose range has shrunk to a single value.
 */
final class DisclosureAudit {

    private static final long UNBOUNDED = Long.MAX_VALUE / 8;

    private DisclosureAudit() {
    }

    /** Positions in the grid (last row and column are totals) whose small count a reader could work out. */
    static List<int[]> disclosed(long[][] exact, boolean[][] hidden, int threshold, int roundTo, long smallestShown) {
        int rows = exact.length;
        int columns = exact[0].length;
        long[][] lo = new long[rows][columns];
        long[][] hi = new long[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (hidden[r][c]) {
                    lo[r][c] = 1;
                    hi[r][c] = UNBOUNDED;
                } else if (exact[r][c] == 0) {
                    lo[r][c] = 0;
                    hi[r][c] = 0;
                } else {
                    long shown = Math.max(Math.round((double) exact[r][c] / roundTo) * roundTo, smallestShown);
                    lo[r][c] = shown == smallestShown ? threshold + 1 : shown - roundTo / 2;
                    hi[r][c] = shown + (roundTo - 1) / 2;
                }
            }
        }
        var lines = SmallNumberSuppression.lines(rows, columns);
        boolean changed = true;
        for (int pass = 0; changed && pass < 1_000; pass++) {
            changed = false;
            for (var line : lines) {
                var parts = line.subList(0, line.size() - 1);
                int[] total = line.getLast();
                long sumLo = 0;
                long sumHi = 0;
                for (int[] p : parts) {
                    sumLo += lo[p[0]][p[1]];
                    sumHi = Math.min(UNBOUNDED, sumHi + hi[p[0]][p[1]]);
                }
                changed |= narrow(lo, hi, total, sumLo, sumHi);
                for (int[] p : parts) {
                    long othersLo = sumLo - lo[p[0]][p[1]];
                    long othersHi = sumHi >= UNBOUNDED ? UNBOUNDED : sumHi - hi[p[0]][p[1]];
                    long newLo = othersHi >= UNBOUNDED ? lo[p[0]][p[1]] : lo[total[0]][total[1]] - othersHi;
                    long newHi = hi[total[0]][total[1]] >= UNBOUNDED ? UNBOUNDED : hi[total[0]][total[1]] - othersLo;
                    changed |= narrow(lo, hi, p, newLo, newHi);
                }
            }
        }
        var disclosed = new ArrayList<int[]>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (exact[r][c] >= 1 && exact[r][c] <= threshold && lo[r][c] >= hi[r][c]) {
                    disclosed.add(new int[] {r, c});
                }
            }
        }
        return disclosed;
    }

    private static boolean narrow(long[][] lo, long[][] hi, int[] at, long newLo, long newHi) {
        boolean changed = false;
        if (newLo > lo[at[0]][at[1]]) {
            lo[at[0]][at[1]] = newLo;
            changed = true;
        }
        if (newHi < hi[at[0]][at[1]]) {
            hi[at[0]][at[1]] = newHi;
            changed = true;
        }
        return changed;
    }
}
