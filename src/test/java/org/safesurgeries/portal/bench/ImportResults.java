package org.safesurgeries.portal.bench;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The tally import benchmark's measurements, as bench/results/tally-import.md and .csv. */
final class ImportResults {

    private static final double GOAL = 0.5;
    private static final double NAIVE_GOAL = 20;

    private record Work(String id, String name, boolean naive) {
    }

    private static final List<Work> WORK = List.of(
            new Work("import", "(a) TallyImport.importFile: check, then write", false),
            new Work("check", "(a) check pass alone: TallyImport.check", false),
            new Work("load", "(b) LOAD DATA LOCAL INFILE, same structure and unique key", false),
            new Work("load_no_key", "(b) LOAD DATA, same table without the unique key (context only)", false),
            new Work("naive", "(c) naive JPA: per row find the counter, add or persist, flush; one transaction",
                    true));

    private final int rows;
    private final int naiveRows;
    private final Map<String, List<Double>> seconds = new LinkedHashMap<>();
    private long counters;
    private long loaded;

    ImportResults(int rows, int naiveRows) {
        this.rows = rows;
        this.naiveRows = naiveRows;
    }

    void add(String work, double runSeconds) {
        seconds.computeIfAbsent(work, w -> new ArrayList<>()).add(runSeconds);
    }

    /** Counters registration_tally holds after an import. */
    void counters(long count) {
        counters = count;
    }

    /** Rows LOAD DATA kept in the table with the unique key (one per counter; repeats are skipped). */
    void loaded(long count) {
        loaded = count;
    }

    private int rowsOf(Work work) {
        return work.naive() ? naiveRows : rows;
    }

    private double rate(String id) {
        var work = WORK.stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
        return rowsOf(work) / Timings.median(seconds.get(id));
    }

    void write(Path dir) {
        double ratio = rate("import") / rate("load");
        var md = new StringBuilder();
        md.append("| Work | Rows | Seconds: median (each run) | Rows/s | Ratio to LOAD DATA |\n")
                .append("|---|---|---|---|---|\n");
        var csv = new StringBuilder("work,rows,runs,median_seconds,rows_per_s,ratio_to_load_data,seconds_each_run\n");
        for (var work : WORK) {
            var runs = seconds.get(work.id());
            if (runs == null) {
                continue;
            }
            double median = Timings.median(runs);
            double rowsPerSecond = rowsOf(work) / median;
            boolean sample = work.naive() && naiveRows < rows;
            md.append("| ").append(work.name()).append(sample ? " — **sample**" : "").append(" | ")
                    .append(Timings.whole(rowsOf(work))).append(" | ").append(Timings.twoDecimals(median))
                    .append(" (").append(runs.stream().map(Timings::twoDecimals).collect(Collectors.joining(", ")))
                    .append(") | ").append(Timings.whole(rowsPerSecond)).append(" | ")
                    .append(Timings.twoDecimals(rowsPerSecond / rate("load"))).append(" |\n");
            csv.append(work.id()).append(',').append(rowsOf(work)).append(',').append(runs.size()).append(',')
                    .append(Timings.twoDecimals(median)).append(',').append(Math.round(rowsPerSecond)).append(',')
                    .append(Timings.twoDecimals(rowsPerSecond / rate("load"))).append(',')
                    .append(runs.stream().map(Timings::twoDecimals).collect(Collectors.joining(";"))).append('\n');
        }
        md.append("\nGoal: the import reaches at least ").append(GOAL).append(" of LOAD DATA's rate. Ratio ")
                .append(Timings.twoDecimals(ratio)).append(": **").append(ratio >= GOAL ? "met" : "not met")
                .append("**. Against LOAD DATA without the unique key: ")
                .append(Timings.twoDecimals(rate("import") / rate("load_no_key"))).append(".\n\n")
                .append("The file has ").append(Timings.whole(rows)).append(" rows but only ")
                .append(Timings.whole(counters)).append(" different counters. The import sums the whole file by answers")
                .append(" and so writes each counter once;")
                .append(" LOAD DATA (which cannot add to a counter) loads into an empty table and skips the repeats")
                .append(" (it kept ").append(Timings.whole(loaded)).append(" rows).")
                .append(seconds.containsKey("naive") && naiveRows < rows
                        ? " The naive JPA rate is from a sample of the file's first "
                        + Timings.whole(naiveRows) + " rows." : "").append("\n\n")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'")))
                .append(".\n");
        BenchPortal.write(dir.resolve("tally-import.md"), md.toString());
        BenchPortal.write(dir.resolve("tally-import.csv"), csv.toString());
        System.out.println();
        System.out.print(md);
        summary(ratio).write();
    }

    private Summary summary(double ratio) {
        var summary = new Summary("tally-import");
        String work = "Tally CSV import, " + Timings.whole(rows) + " rows";
        summary.row(work, Timings.whole(rate("import")) + " rows/s",
                "LOAD DATA, same rows and table: " + Timings.whole(rate("load")) + " rows/s",
                Timings.twoDecimals(ratio), "≥ " + GOAL + " of LOAD DATA", Summary.met(ratio >= GOAL));
        if (seconds.containsKey("naive")) {
            double naiveRatio = rate("import") / rate("naive");
            summary.row(work, Timings.whole(rate("import")) + " rows/s",
                    "naive JPA save per row" + (naiveRows < rows ? " (first " + Timings.whole(naiveRows) + " rows)"
                            : "") + ": " + Timings.whole(rate("naive")) + " rows/s",
                    Timings.oneDecimal(naiveRatio) + "×", "≥ " + Timings.whole(NAIVE_GOAL) + "× naive",
                    Summary.met(naiveRatio >= NAIVE_GOAL));
        }
        return summary;
    }
}
