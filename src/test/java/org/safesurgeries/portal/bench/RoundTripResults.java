package org.safesurgeries.portal.bench;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The round-trip benchmark's figures, as RESULTS_DIR/vaadin-roundtrip.{md,csv} and its rows of the summary. */
record RoundTripResults(int sessions, int warmup, int duration, int think, Latencies latencies,
                        Map<String, long[]> serverTimes, Map<String, AtomicLong> errors,
                        Map<String, String> firstErrors, RoundTripChecks.After tally) {

    /** The interactions the goal is about, in the order of the issue. */
    private static final List<String> GOALS = List.of(PortalVisits.LOG, PortalVisits.QUEUE, PortalVisits.FILTER);
    private static final List<String> ORDER = List.of(PortalVisits.EMPTY, PortalVisits.LOG, PortalVisits.TICK,
            PortalVisits.CLOSE, PortalVisits.QUEUE, PortalVisits.HOME, PortalVisits.CONFIRM, PortalVisits.FILTER);

    void write() {
        var labels = new LinkedHashSet<>(ORDER);
        labels.addAll(latencies.labels());
        boolean server = !serverTimes.isEmpty();
        double yardstick = p95(PortalVisits.EMPTY);
        var md = new StringBuilder("| Request | Count | Server p50 ms | Server p95 ms | Server p99 ms | Client p50 ms")
                .append(" | Client p95 ms | Client p99 ms | p95 ratio to empty | Goal | Met |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        var csv = new StringBuilder("request,count,server_p50_ms,server_p95_ms,server_p99_ms,client_p50_ms,"
                + "client_p95_ms,client_p99_ms,ratio_p95_to_empty,goal_met\n");
        var rows = new ArrayList<String>();
        for (String label : labels) {
            long[] client = latencies.nanos(label);
            if (client.length == 0) {
                continue;
            }
            long[] own = serverTimes.getOrDefault(label, new long[0]);
            boolean goal = GOALS.contains(label);
            double p95 = p95(label);
            boolean met = p95 < VaadinRoundTripBenchmark.GOAL_MS;
            String ratio = label.equals(PortalVisits.EMPTY) ? "1.00" : Timings.twoDecimals(p95 / yardstick);
            md.append("| ").append(goal ? "**" + label + "**" : label).append(" | ").append(client.length)
                    .append(" | ").append(ms(own, 50)).append(" | ").append(ms(own, 95)).append(" | ")
                    .append(ms(own, 99)).append(" | ").append(ms(client, 50)).append(" | ").append(ms(client, 95))
                    .append(" | ").append(ms(client, 99)).append(" | ").append(ratio).append(" | ")
                    .append(goal ? "p95 < 20 ms" : "—").append(" | ")
                    .append(goal ? (met ? "met" : "**not met**") : "—").append(" |\n");
            csv.append('"').append(label).append("\",").append(client.length).append(',').append(ms(own, 50))
                    .append(',').append(ms(own, 95)).append(',').append(ms(own, 99)).append(',')
                    .append(ms(client, 50)).append(',').append(ms(client, 95)).append(',').append(ms(client, 99))
                    .append(',').append(ratio).append(',').append(goal ? met : "").append('\n');
            if (goal || label.equals(PortalVisits.EMPTY)) {
                rows.add(String.join("\t", "Vaadin round trip, " + label + " (p95 " + (server ? "server" : "client")
                                + " ms, " + sessions + " sessions)", Timings.oneDecimal(p95) + " ms",
                        "empty round trip p95 " + Timings.oneDecimal(yardstick) + " ms", ratio,
                        goal ? "p95 < 20 ms" : "—", goal ? Summary.met(met) : "—"));
            }
        }
        md.append("\n").append(sessions).append(" sessions (a third each: manager at the tally, reviewer, public ")
                .append("directory), each pausing ").append(think).append(" ms on average between requests; ")
                .append(warmup).append(" s warm-up, then ").append(duration).append(" s measured. Server time: ")
                .append(server ? "Tomcat's access log (%D, from reading the request to writing the reply)"
                        : "not measured (no access log)")
                .append("; client time: the load client's round trip on loopback, an upper bound of it. Goal judged on ")
                .append(server ? "server" : "client").append(" time.\n\nTally this month, before → after (registrations ")
                .append("the load client logged): ").append(tally.before()).append(" → ").append(tally.after())
                .append(" (").append(tally.clicks()).append("): ").append(tally.tallyAddsUp() ? "adds up" :
                        "**does not add up**").append(".\n");
        if (!errors.isEmpty()) {
            md.append("\n**Errors**: ").append(errors).append("; first of each: ").append(firstErrors).append('\n');
        }
        md.append('\n').append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .substring(0, 16)).append("Z, load average at the end ")
                .append(MemoryResults.loadAverage()).append(" (the machine is shared).\n");
        var dir = BenchPortal.resultsDir();
        BenchPortal.write(dir.resolve("vaadin-roundtrip.md"), md.toString());
        BenchPortal.write(dir.resolve("vaadin-roundtrip.csv"), csv.toString());
        BenchPortal.write(dir.resolve("vaadin-roundtrip.rows.tsv"), String.join("\n", rows) + "\n");
        System.out.println();
        System.out.print(md);
    }

    /** The p95 the goal is judged on: the server's own time when the access log gave it, else the client's. */
    private double p95(String label) {
        long[] own = serverTimes.getOrDefault(label, new long[0]);
        long[] nanos = own.length > 0 ? own : latencies.nanos(label);
        return nanos.length == 0 ? Double.NaN : Timings.percentileMillis(nanos, 95);
    }

    private static String ms(long[] nanos, double percent) {
        return nanos.length == 0 ? "—" : Timings.oneDecimal(Timings.percentileMillis(nanos, percent));
    }
}
