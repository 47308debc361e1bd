package org.safesurgeries.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one table of bench/run-all: every benchmark's summary rows ({@link Summary}), in the order given, as
 * {@code summary-<time>.md} and {@code .csv} under RESULTS_DIR, printed too. A benchmark without a summary file (it
 * failed, or was not run) gets a row saying so.
 *
 * <p>Arguments: the benchmarks' names; the environment's {@code RUN_STARTED} (epoch seconds) makes summaries older
 * than this run count as missing, and {@code RUN_SECONDS_<name>} adds how long each took.
 */
public final class SummaryTable {

    private static final List<String> HEADER = List.of("work", "measured", "yardstick", "ratio", "goal", "met");

    private SummaryTable() {
    }

    public static void main(String[] names) throws IOException {
        long started = Long.parseLong(System.getenv().getOrDefault("RUN_STARTED", "0"));
        var rows = new ArrayList<List<String>>();
        for (String name : names) {
            Path file = Summary.file(name);
            if (!Files.exists(file) || Files.getLastModifiedTime(file).toMillis() / 1000 < started) {
                rows.add(List.of(name, name + ": no results this run (see " + name + ".run.log)", "—", "—", "—", "—",
                        "not measured"));
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                var row = new ArrayList<String>();
                row.add(name);
                row.addAll(cells(line));
                rows.add(row);
            }
        }
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        var md = new StringBuilder("| Benchmark | Work | Measured | Yardstick in the same run | Ratio | Goal | Met |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (var row : rows) {
            md.append("| ").append(row.stream().map(cell -> cell.replace("|", "\\|"))
                    .collect(Collectors.joining(" | "))).append(" |\n");
        }
        long met = rows.stream().filter(row -> row.getLast().equals("met")).count();
        long goals = rows.stream().filter(row -> !row.getLast().equals("—")).count();
        md.append("\n").append(met).append(" of ").append(goals).append(" goals met. ").append(machine()).append(", ")
                .append(now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))).append(".\n");
        String times = timings(names);
        if (!times.isEmpty()) {
            md.append("Time taken: ").append(times).append(".\n");
        }
        var csv = new StringBuilder("benchmark," + String.join(",", HEADER) + "\n");
        for (var row : rows) {
            csv.append(row.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
                    .collect(Collectors.joining(","))).append('\n');
        }
        Path dir = BenchPortal.resultsDir();
        String stamp = now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Files.writeString(dir.resolve("summary-" + stamp + ".md"), md);
        Files.writeString(dir.resolve("summary-" + stamp + ".csv"), csv);
        System.out.print(md);
        System.out.println("\nWritten: " + dir.resolve("summary-" + stamp + ".{md,csv}"));
    }

    /** One CSV line of quoted cells, as Summary and bench/lib.sh write them. */
    static List<String> cells(String line) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String timings(String[] names) {
        var parts = new ArrayList<String>();
        for (String name : names) {
            String seconds = System.getenv("RUN_SECONDS_" + name.replaceAll("[^A-Za-z0-9]", "_"));
            if (seconds != null) {
                long s = Long.parseLong(seconds);
                parts.add(name + " " + s / 60 + " min " + s % 60 + " s");
            }
        }
        String total = System.getenv("RUN_SECONDS_TOTAL");
        if (total != null) {
            long s = Long.parseLong(total);
            parts.add("in all " + s / 60 + " min " + s % 60 + " s");
        }
        return String.join(", ", parts);
    }

    private static String machine() {
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim() + ", ").orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the core count is enough
        }
        long memoryGiB = Math.round(((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / 1e9 / 1.074);
        return cpu + Runtime.getRuntime().availableProcessors() + " cores, " + memoryGiB + " GiB, Java "
                + Runtime.version().feature();
    }
}
