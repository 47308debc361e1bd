package org.safesurgeries.portal.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** The dashboard benchmark's measurements, as bench/results/tally-dashboard.md and .csv. */
final class DashboardResults {

    private static final double GOAL_MS = 100;

    private final int calls;
    private final int breakdownCalls;
    private final StringBuilder md = new StringBuilder();
    private final StringBuilder csv = new StringBuilder(
            "query,rows,months,p50_ms,p95_ms,max_ms,sql_p50_ms,suppression_p50_ms,goal_met\n");
    private final StringBuilder yardsticks = new StringBuilder();
    private final StringBuilder explains = new StringBuilder();
    private final Map<String, Object> totals;
    private final long tallyRows;
    private int met;
    private int queries;
    private double worstP95 = -1;
    private String worstQuery;
    private final StringBuilder yardstickP95 = new StringBuilder();

    DashboardResults(int calls, int breakdownCalls, Map<String, Object> totals, long tallyRows) {
        this.calls = calls;
        this.breakdownCalls = breakdownCalls;
        this.totals = totals;
        this.tallyRows = tallyRows;
        md.append("| Query | Rows × months | p50 ms | p95 ms | max ms | SQL alone p50 ms | Suppression alone p50 ms")
                .append(" | p95 < 100 ms |\n|---|---|---|---|---|---|---|---|\n");
    }

    /** The yardstick: reading the months' rows of registration_month and nothing else. */
    void yardstick(int months, long[] nanos) {
        yardsticks.append("| Yardstick: count and sum of registration_month's rows, ").append(months)
                .append(" months | — | ").append(ms(nanos, 50)).append(" | ").append(ms(nanos, 95)).append(" | ")
                .append(ms(nanos, 100)).append(" | — | — | — |\n");
        yardstickP95.append(yardstickP95.isEmpty() ? "" : ", ").append(months).append(" months: p95 ")
                .append(ms(nanos, 95)).append(" ms");
        csv.append("yardstick_scan_").append(months).append("_months,,").append(months).append(',')
                .append(ms(nanos, 50)).append(',').append(ms(nanos, 95)).append(',').append(ms(nanos, 100))
                .append(",,,\n");
    }

    void query(DashboardBenchmark.Query query, int rows, long[] service, long[] sql, long[] suppression) {
        double p95 = Timings.percentileMillis(service, 95);
        boolean goal = p95 < GOAL_MS;
        if (p95 > worstP95) {
            worstP95 = p95;
            worstQuery = query.name();
        }
        queries++;
        met += goal ? 1 : 0;
        md.append("| ").append(query.name()).append(" | ").append(rows).append(" × ").append(query.months())
                .append(" | ").append(ms(service, 50)).append(" | ").append(ms(service, 95)).append(" | ")
                .append(ms(service, 100)).append(" | ").append(ms(sql, 50)).append(" | ").append(ms(suppression, 50))
                .append(" | ").append(goal ? "met" : "**not met**").append(" |\n");
        csv.append('"').append(query.name()).append("\",").append(rows).append(',').append(query.months())
                .append(',').append(ms(service, 50)).append(',').append(ms(service, 95)).append(',')
                .append(ms(service, 100)).append(',').append(ms(sql, 50)).append(',').append(ms(suppression, 50))
                .append(',').append(goal).append('\n');
    }

    void explain(String title, String sql, JdbcTemplate jdbc, Object... arguments) {
        var plan = jdbc.queryForList(sql, arguments);
        explains.append("\nEXPLAIN, ").append(title).append(":\n\n| ")
                .append(String.join(" | ", plan.getFirst().keySet())).append(" |\n|")
                .append("---|".repeat(plan.getFirst().size())).append('\n');
        for (var row : plan) {
            explains.append("| ").append(row.values().stream().map(String::valueOf)
                    .collect(Collectors.joining(" | "))).append(" |\n");
        }
    }

    void write(Path dir) {
        md.append(yardsticks).append("\nGoal: p95 under ").append((int) GOAL_MS).append(" ms for every query: ")
                .append(met).append(" of ").append(queries).append(" met.\n\n")
                .append("Service calls through RegistrationStatistics (SQL, table, suppression), ").append(calls)
                .append(" timed calls each after a warm-up; the SQL alone (the same statement through JdbcTemplate,")
                .append(" into the same table) and the suppression alone (SmallNumberSuppression.publish of that")
                .append(" table) ")
                .append(breakdownCalls).append(" calls each. Data: ").append(Timings.whole(number("registrations")))
                .append(" registrations of ").append(Timings.whole(number("practices"))).append(" practices in ")
                .append(Timings.whole(number("practice_months"))).append(" practice-months (registration_month), ")
                .append(Timings.whole(tallyRows)).append(" tally rows. ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'")))
                .append(".\n").append(explains);
        BenchPortal.write(dir.resolve("tally-dashboard.md"), md.toString());
        BenchPortal.write(dir.resolve("tally-dashboard.csv"), csv.toString());
        System.out.println();
        System.out.print(md);
        new Summary("tally-dashboard").row(
                "Network dashboard queries over " + Timings.whole(number("registrations")) + " registrations ("
                        + queries + " queries)",
                "slowest p95 " + Timings.oneDecimal(worstP95) + " ms (" + worstQuery + "); " + met + " of " + queries
                        + " under the goal",
                "bare read of the practice-months, " + yardstickP95, "—", "p95 < " + (int) GOAL_MS + " ms each",
                Summary.met(met == queries)).write();
    }

    private double number(String key) {
        return ((Number) totals.get(key)).doubleValue();
    }

    private static String ms(long[] nanos, double percent) {
        return Timings.oneDecimal(Timings.percentileMillis(nanos, percent));
    }
}
