package org.safesurgeries.portal.bench;

import org.safesurgeries.portal.registrationaudit.CountTable;
import org.safesurgeries.portal.registrationaudit.Measure;
import org.safesurgeries.portal.registrationaudit.PublishedTable;
import org.safesurgeries.portal.registrationaudit.RegistrationStatistics;
import org.safesurgeries.portal.registrationaudit.RegistrationStatistics.Area;
import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.SmallNumberSuppression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Benchmark: the network dashboard's queries ({@link RegistrationStatistics}, suppression included) over about
 * 10,000,000 registrations of 7,000 practices, with the time of the SQL alone and of the suppression alone beside
 * each, and a plain scan of the months read as the yardstick. Settings and results: see bench/README.md; run it
 * with bench/tally/run dashboard.
 */
public final class DashboardBenchmark {

    /** What the dashboard asks: which table, for which measure and months. */
    record Query(String name, Area area, String within, Measure measure, int months) {
    }

    private final JdbcTemplate jdbc;
    private final RegistrationStatistics statistics;
    private final SmallNumberSuppression suppression;
    private final YearMonth current;
    private final int calls;
    private final int warmUp;
    private final int breakdownCalls;

    private DashboardBenchmark(ConfigurableApplicationContext portal, int calls, int warmUp, int breakdownCalls) {
        this.jdbc = portal.getBean(JdbcTemplate.class);
        this.statistics = portal.getBean(RegistrationStatistics.class);
        this.suppression = portal.getBean(SmallNumberSuppression.class);
        this.current = portal.getBean(RegistrationTally.class).currentMonth();
        this.calls = calls;
        this.warmUp = warmUp;
        this.breakdownCalls = breakdownCalls;
    }

    public static void main(String[] args) throws Exception {
        int practices = BenchPortal.setting("PRACTICES", 7_000);
        long registrations = BenchPortal.setting("REGISTRATIONS", 10_000_000);
        int calls = BenchPortal.setting("CALLS", 50);
        int warmUp = BenchPortal.setting("WARMUP", 10);
        int breakdownCalls = BenchPortal.setting("BREAKDOWN_CALLS", 10);
        Path data = BenchPortal.dataDir("bench/.data/tally/dashboard");
        DashboardResults results;
        try (var portal = BenchPortal.start(data)) {
            var bench = new DashboardBenchmark(portal, calls, warmUp, breakdownCalls);
            long tallyRows = new DashboardData(bench.jdbc, portal.getBean(DataSource.class), data)
                    .ensure(practices, registrations, bench.current);
            results = bench.run(tallyRows);
        }
        results.write(BenchPortal.resultsDir());
        System.exit(0);
    }

    private DashboardResults run(long tallyRows) {
        var totals = jdbc.queryForMap("select count(*) as practice_months, sum(registrations) as registrations,"
                + " count(distinct practice_id) as practices from registration_month");
        var results = new DashboardResults(calls, breakdownCalls, totals, tallyRows);
        for (int months : List.of(12, 36)) {
            String from = current.minusMonths(months - 1).toString();
            results.yardstick(months, time(calls, () -> jdbc.queryForMap("select count(*), sum(registrations)"
                    + " from registration_month where month >= ?", from)));
        }
        for (var query : queries()) {
            PublishedTable[] table = new PublishedTable[1];
            long[] service = time(calls, () -> table[0] = ask(query));
            long[] sql = time(breakdownCalls, () -> counts(query));
            CountTable counts = counts(query);
            if (!counts.rows().equals(table[0].rows())) {
                throw new IllegalStateException("The benchmark's copy of the SQL no longer gives the service's rows");
            }
            long[] suppressing = time(breakdownCalls, () -> suppression.publish(counts));
            results.query(query, table[0].rows().size(), service, sql, suppressing);
            System.out.printf("  %-52s p95 %7.1f ms (SQL %6.1f, suppression %6.1f)%n", query.name(),
                    Timings.percentileMillis(service, 95), Timings.percentileMillis(sql, 50),
                    Timings.percentileMillis(suppressing, 50));
        }
        results.explain("REGION, 36 months", "explain select " + areaName(Area.REGION)
                + ", a.month, sum(a.registrations)" + areaFrom(Area.REGION)
                + " where a.area_type = 'REGION' and a.month >= ? group by 1, 2", jdbc, monthsFrom(36));
        results.explain("Practices of one ICB, 12 months", "explain select concat(p.name, ' (', p.ods_code, ')'),"
                + " t.month, sum(t.registrations)" + FROM + " where t.month >= ? and p.icb_code = ? group by 1, 2",
                jdbc, monthsFrom(12), "QB01");
        return results;
    }

    private List<Query> queries() {
        var queries = new ArrayList<Query>();
        for (var area : List.of(Area.REGION, Area.ICB)) {
            for (int months : List.of(12, 36)) {
                for (var measure : List.of(Measure.ALL, Measure.NO_PHOTO_ID, Measure.INTERPRETER)) {
                    queries.add(new Query("By %s, %s, %d months".formatted(area, measure, months), area, null,
                            measure, months));
                }
            }
        }
        // The smallest, a middling and the largest ICB by practices.
        var icbs = jdbc.queryForList("select icb_code from practice where ods_code like 'B%' group by icb_code"
                + " order by count(*), icb_code", String.class);
        for (String icb : List.of(icbs.getFirst(), icbs.get(icbs.size() / 2), icbs.getLast())) {
            int practices = jdbc.queryForObject("select count(*) from practice where icb_code = ?", Integer.class, icb);
            queries.add(new Query("Practices of ICB %s (%d), ALL, 12 months".formatted(icb, practices), Area.ICB, icb,
                    Measure.ALL, 12));
        }
        queries.add(new Query("Practices of ICB %s, REFUSED, 12 months".formatted(icbs.getLast()), Area.ICB,
                icbs.getLast(), Measure.REFUSED, 12));
        return queries;
    }

    private PublishedTable ask(Query query) {
        return query.within() == null ? statistics.byAreaAndMonth(query.area(), query.measure(), query.months())
                : statistics.byPracticeAndMonth(query.area(), query.within(), query.measure(), query.months());
    }

    // The service's SQL, repeated here to time it alone (its parts are private there): keep the two in step. The run
    // checks that this copy gives the service's rows.
    private static final String FROM = " from registration_month t join practice p on p.id = t.practice_id"
            + " left join nhs_region r on r.code = p.region_code left join icb i on i.code = p.icb_code";
    private static final Map<Measure, String> COLUMNS = Map.of(Measure.ALL, "registrations",
            Measure.NO_PHOTO_ID, "registered_without_photo_id", Measure.INTERPRETER, "interpreter_needed",
            Measure.REFUSED, "refused");

    private static String areaName(Area area) {
        return area == Area.REGION ? "coalesce(r.name, nullif(a.area_code, ''), 'Unknown')"
                : "coalesce(i.name, nullif(a.area_code, ''), 'Unknown')";
    }

    private static String areaFrom(Area area) {
        return " from registration_area_month a " + (area == Area.REGION ? "left join nhs_region r on r.code = a.area_code"
                : "left join icb i on i.code = a.area_code");
    }

    /** The query's SQL and the table it makes, as RegistrationStatistics does, without the suppression. */
    private CountTable counts(Query query) {
        String column = COLUMNS.get(query.measure());
        String from = monthsFrom(query.months());
        Map<String, Map<String, Long>> counts = new HashMap<>();
        String sql = query.within() == null
                ? "select " + areaName(query.area()) + ", a.month, sum(a." + column + ")" + areaFrom(query.area())
                + " where a.area_type = ? and a.month >= ? group by 1, 2"
                : "select concat(p.name, ' (', p.ods_code, ')'), t.month, sum(t." + column + ")" + FROM
                + " where t.month >= ? and " + (query.area() == Area.REGION ? "p.region_code" : "p.icb_code")
                + " = ? group by 1, 2";
        Object[] arguments = query.within() == null ? new Object[] {query.area().name(), from}
                : new Object[] {from, query.within()};
        jdbc.query(sql, rs -> {
            counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        }, arguments);
        var columns = new ArrayList<String>();
        for (int ago = query.months() - 1; ago >= 0; ago--) {
            columns.add(current.minusMonths(ago).toString());
        }
        var rows = new ArrayList<>(new TreeSet<>(counts.keySet()));
        long[][] cells = new long[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                cells[r][c] = counts.get(rows.get(r)).getOrDefault(columns.get(c), 0L);
            }
        }
        return new CountTable(rows, columns, cells);
    }

    private String monthsFrom(int months) {
        return current.minusMonths(months - 1).toString();
    }

    /** Nanoseconds of each of {@code times} timed calls, after the warm-up calls. */
    private long[] time(int times, Supplier<?> call) {
        for (int i = 0; i < warmUp; i++) {
            call.get();
        }
        long[] nanos = new long[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }
}
