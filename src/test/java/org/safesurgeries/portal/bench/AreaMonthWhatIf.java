package org.safesurgeries.portal.bench;

import org.safesurgeries.portal.registrationaudit.CountTable;
import org.safesurgeries.portal.registrationaudit.SmallNumberSuppression;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What-if, not the portal's code: the month totals kept per region and ICB as well as per practice (at most
 * 42 ICBs × 36 months of rows), so a network table reads a few hundred rows instead of every practice-month. Built
 * here from registration_month into {@code bench_area_month}, timed with the same table building and suppression
 * as the service, then dropped.
 */
final class AreaMonthWhatIf implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final SmallNumberSuppression suppression;

    AreaMonthWhatIf(JdbcTemplate jdbc, SmallNumberSuppression suppression) {
        this.jdbc = jdbc;
        this.suppression = suppression;
        jdbc.execute("drop table if exists bench_area_month");
        jdbc.execute("""
                create table bench_area_month (month char(7) not null, region_code varchar(8) not null,
                    icb_code varchar(8) not null, registrations int not null,
                    primary key (month, region_code, icb_code))
                select t.month, coalesce(p.region_code, '') as region_code, coalesce(p.icb_code, '') as icb_code,
                       sum(t.registrations) as registrations
                from registration_month t join practice p on p.id = t.practice_id group by 1, 2, 3
                """);
    }

    /** Registrations by region (or ICB) and month from the area totals, suppressed as the service does. */
    Object byAreaAndMonth(boolean byIcb, List<String> columns) {
        String name = byIcb ? "coalesce(i.name, nullif(a.icb_code, ''), 'Unknown')"
                : "coalesce(r.name, nullif(a.region_code, ''), 'Unknown')";
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.query("select " + name + ", a.month, sum(a.registrations) from bench_area_month a"
                + " left join nhs_region r on r.code = a.region_code left join icb i on i.code = a.icb_code"
                + " where a.month >= ? group by 1, 2", rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                }, columns.getFirst());
        var rows = new ArrayList<>(new TreeSet<>(counts.keySet()));
        long[][] cells = new long[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                cells[r][c] = counts.get(rows.get(r)).getOrDefault(columns.get(c), 0L);
            }
        }
        return suppression.publish(new CountTable(rows, columns, cells));
    }

    static List<String> lastMonths(YearMonth current, int months) {
        var columns = new ArrayList<String>();
        for (int ago = months - 1; ago >= 0; ago--) {
            columns.add(current.minusMonths(ago).toString());
        }
        return columns;
    }

    long rows() {
        return jdbc.queryForObject("select count(*) from bench_area_month", Long.class);
    }

    @Override
    public void close() {
        jdbc.execute("drop table if exists bench_area_month");
    }
}
