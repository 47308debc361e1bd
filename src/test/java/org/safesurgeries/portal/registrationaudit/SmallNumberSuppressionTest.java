package org.safesurgeries.portal.registrationaudit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy boundary, tested as an adversary would attack it: from everything published, work out the tightest
 * possible range of each hidden count using every row and column sum, and check that no small count is pinned down.
 * The attack here is written independently of the component's own audit on purpose: it is the oracle.
 */
class SmallNumberSuppressionTest {

    private static final long UNBOUNDED = Long.MAX_VALUE / 8;

    @Test
    void small_counts_are_hidden_others_rounded_to_5_and_zero_stays_zero() {
        var published = new SmallNumberSuppression(7, 5).publish(table(new long[][] {{0, 3, 40, 58}}));
        assertThat(published.cell(0, 0).text()).isEqualTo("0");
        assertThat(published.cell(0, 1).text()).isEqualTo("fewer than 8");
        assertThat(published.cell(0, 1).csvValue()).isEmpty();
        assertThat(published.cell(0, 3).text()).isEqualTo("60");
    }

    @Test
    void a_lone_small_count_forces_a_second_figure_in_its_row_to_be_hidden() {
        var published = new SmallNumberSuppression(7, 5).publish(table(new long[][] {{3, 40, 58}, {20, 30, 45}}));
        assertThat(published.cell(0, 0).suppressed()).isTrue();
        assertThat(published.cell(0, 1).suppressed()).as("the smallest other figure in the row").isTrue();
        assertThat(published.cell(0, 2).suppressed()).isFalse();
    }

    @Test
    void eight_is_published_as_ten_never_as_a_small_number() {
        var suppression = new SmallNumberSuppression(7, 5);
        assertThat(suppression.publish(8).text()).isEqualTo("10");
        assertThat(suppression.publish(12).text()).isEqualTo("10");
        assertThat(suppression.publish(13).text()).isEqualTo("15");
        assertThat(new SmallNumberSuppression(10, 5).publish(11).text()).isEqualTo("15");
    }

    @ParameterizedTest(name = "threshold {0}, rounding to {1}")
    @CsvSource({"7, 5", "5, 5", "10, 5", "7, 10", "7, 1"})
    void no_published_table_lets_anyone_work_out_a_small_count(int threshold, int roundTo) {
        var suppression = new SmallNumberSuppression(threshold, roundTo);
        var random = new Random(20261122L + threshold * 31L + roundTo);
        for (int i = 0; i < 3_000; i++) {
            var exact = randomTable(random, threshold);
            var published = suppression.publish(exact);
            assertNoSmallNumberShown(published, threshold);
            assertNothingSmallCanBeDerived(exact, published, suppression);
        }
    }

    @Test
    void hand_made_worst_cases_hold_too() {
        var suppression = new SmallNumberSuppression(7, 5);
        for (long[][] cells : List.of(new long[][] {{1}}, new long[][] {{1, 0}, {0, 0}}, new long[][] {{7, 0, 0}},
                new long[][] {{1, 1}, {1, 1}}, new long[][] {{0, 0}, {0, 3}}, new long[][] {{100, 1}, {100, 0}},
                new long[][] {{8, 1}}, new long[][] {{2, 500}, {500, 500}})) {
            var exact = table(cells);
            var published = suppression.publish(exact);
            assertNoSmallNumberShown(published, 7);
            assertNothingSmallCanBeDerived(exact, published, suppression);
        }
    }

    private static void assertNoSmallNumberShown(PublishedTable published, int threshold) {
        for (var figure : all(published)) {
            if (!figure.suppressed()) {
                assertThat(figure.value()).as("a shown figure").satisfiesAnyOf(
                        v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThan(threshold));
            }
        }
    }

    /**
     * Interval reasoning over the grid with its totals: each unknown count's range is tightened from every row and
     * column sum until nothing changes. A small hidden count must keep at least two possible values; every true
     * count must stay inside its range (so the reasoning itself is sound).
     */
    private static void assertNothingSmallCanBeDerived(CountTable exact, PublishedTable published,
                                                       SmallNumberSuppression suppression) {
        int rows = exact.rows().size() + 1;
        int columns = exact.columns().size() + 1;
        long[][] truth = new long[rows][columns];
        long[][] lo = new long[rows][columns];
        long[][] hi = new long[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                truth[r][c] = r < rows - 1 && c < columns - 1 ? exact.cell(r, c)
                        : r < rows - 1 ? exact.rowTotal(r) : c < columns - 1 ? exact.columnTotal(c) : exact.grandTotal();
                var figure = r < rows - 1 && c < columns - 1 ? published.cell(r, c)
                        : r < rows - 1 ? published.rowTotals()[r]
                        : c < columns - 1 ? published.columnTotals()[c] : published.grandTotal();
                long[] range = knownRange(figure, suppression);
                lo[r][c] = range[0];
                hi[r][c] = range[1];
            }
        }
        var lines = SmallNumberSuppression.lines(rows, columns);
        boolean changed = true;
        for (int pass = 0; changed && pass < 500; pass++) {
            changed = false;
            for (var line : lines) {
                // The last position of each line is the total of the others.
                var parts = line.subList(0, line.size() - 1);
                int[] total = line.getLast();
                long sumLo = 0;
                long sumHi = 0;
                for (int[] p : parts) {
                    sumLo += lo[p[0]][p[1]];
                    sumHi = Math.min(UNBOUNDED, sumHi + hi[p[0]][p[1]]);
                }
                changed |= tighten(lo, hi, total, sumLo, sumHi);
                for (int[] p : parts) {
                    long othersLo = sumLo - lo[p[0]][p[1]];
                    long othersHi = sumHi >= UNBOUNDED ? UNBOUNDED : sumHi - hi[p[0]][p[1]];
                    long newLo = othersHi >= UNBOUNDED ? lo[p[0]][p[1]] : lo[total[0]][total[1]] - othersHi;
                    long newHi = hi[total[0]][total[1]] >= UNBOUNDED ? UNBOUNDED : hi[total[0]][total[1]] - othersLo;
                    changed |= tighten(lo, hi, p, newLo, newHi);
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                assertThat(truth[r][c]).as("the true count lies in the derived range").isBetween(lo[r][c], hi[r][c]);
                if (truth[r][c] >= 1 && truth[r][c] <= suppression.threshold()) {
                    assertThat(hi[r][c]).as("a small count (%d) at %d,%d of %s can be worked out", truth[r][c], r, c,
                            java.util.Arrays.deepToString(exact.cells())).isGreaterThan(lo[r][c]);
                }
            }
        }
    }

    private static boolean tighten(long[][] lo, long[][] hi, int[] at, long newLo, long newHi) {
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

    /** What a reader learns from one published figure alone. */
    private static long[] knownRange(PublishedFigure figure, SmallNumberSuppression suppression) {
        if (figure.suppressed()) {
            return new long[] {1, UNBOUNDED}; // hidden: at least one; secondary suppression hides large ones too
        }
        long v = figure.value();
        if (v == 0) {
            return new long[] {0, 0};
        }
        int b = suppression.roundTo();
        long low = v == suppression.smallestShown() ? suppression.threshold() + 1 : v - b / 2;
        return new long[] {low, v + (b - 1) / 2};
    }

    private static CountTable randomTable(Random random, int threshold) {
        int rows = 1 + random.nextInt(5);
        int columns = 1 + random.nextInt(6);
        long[][] cells = new long[rows][columns];
        for (long[] row : cells) {
            for (int c = 0; c < columns; c++) {
                int kind = random.nextInt(10);
                row[c] = kind < 3 ? 0 : kind < 6 ? 1 + random.nextInt(threshold)
                        : kind < 9 ? threshold + 1 + random.nextInt(40) : 50 + random.nextInt(450);
            }
        }
        return table(cells);
    }

    private static CountTable table(long[][] cells) {
        var rows = new ArrayList<String>();
        for (int r = 0; r < cells.length; r++) {
            rows.add("r" + r);
        }
        var columns = new ArrayList<String>();
        for (int c = 0; c < cells[0].length; c++) {
            columns.add("c" + c);
        }
        return new CountTable(rows, columns, cells);
    }

    private static List<PublishedFigure> all(PublishedTable table) {
        var figures = new ArrayList<PublishedFigure>();
        for (var row : table.cells()) {
            figures.addAll(List.of(row));
        }
        figures.addAll(List.of(table.rowTotals()));
        figures.addAll(List.of(table.columnTotals()));
        figures.add(table.grandTotal());
        return figures;
    }
}
