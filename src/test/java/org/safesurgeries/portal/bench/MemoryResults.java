package org.safesurgeries.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The memory benchmark's figures, as RESULTS_DIR/vaadin-memory.{md,csv} and its rows of the summary table. */
record MemoryResults(int sessions, String heap, HeapHistogram before, HeapHistogram after, int alive,
                     double openSeconds) {

    double perSessionKib() {
        return (after.totalBytes() - before.totalBytes()) / 1024.0 / sessions;
    }

    void write() {
        var dir = BenchPortal.resultsDir();
        boolean met = perSessionKib() <= VaadinMemoryBenchmark.GOAL_KIB && alive == sessions;
        var md = new StringBuilder("| Measure | Value |\n|---|---|\n")
                .append("| Live heap after full GC, no session (after a warm-up) | ").append(mib(before.totalBytes()))
                .append(" MiB |\n| Live heap after full GC, ").append(Timings.whole(sessions))
                .append(" signed-in idle sessions | ").append(mib(after.totalBytes())).append(" MiB |\n")
                .append("| **Heap per session** | **").append(Timings.oneDecimal(perSessionKib())).append(" KiB** |\n")
                .append("| Goal | ≤ 250 KiB per session, ").append(Timings.whole(sessions)).append(" sessions in -Xmx")
                .append(heap).append(" |\n| Sessions still answering at the end | ").append(alive).append(" of ")
                .append(sessions).append(" |\n| Time to sign in and open them | ")
                .append(Timings.oneDecimal(openSeconds)).append(" s |\n| Met | ").append(met ? "met" : "**not met**")
                .append(" |\n\nThe classes that grew most, per session (live objects after full GC):\n\n")
                .append("| Class | Objects per session | Bytes per session |\n|---|---|---|\n");
        for (var growth : after.growthSince(before, 15)) {
            md.append("| `").append(growth.getKey()).append("` | ")
                    .append(Timings.oneDecimal((double) growth.getValue()[0] / sessions)).append(" | ")
                    .append(Timings.whole((double) growth.getValue()[1] / sessions)).append(" |\n");
        }
        md.append("\nSessions: two in five the practice manager on a tally page, one in five a reviewer on the ")
                .append("review queue, one in five the trainer and one in five the admin on their home page. ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .substring(0, 16)).append("Z, load average at the end ").append(loadAverage())
                .append(" (the machine is shared).\n");
        String csv = "sessions,heap,live_bytes_before,live_bytes_after,per_session_kib,alive,open_seconds,met\n"
                + sessions + "," + heap + "," + before.totalBytes() + "," + after.totalBytes() + ","
                + Timings.oneDecimal(perSessionKib()) + "," + alive + "," + Timings.oneDecimal(openSeconds) + ","
                + met + "\n";
        BenchPortal.write(dir.resolve("vaadin-memory.md"), md.toString());
        BenchPortal.write(dir.resolve("vaadin-memory.csv"), csv);
        BenchPortal.write(dir.resolve("vaadin-memory.rows.tsv"), String.join("\t",
                "Vaadin: heap per signed-in idle session (" + Timings.whole(sessions) + " sessions, -Xmx" + heap
                        + ")", Timings.oneDecimal(perSessionKib()) + " KiB", "—", "—",
                "≤ 250 KiB, all alive", Summary.met(met)) + "\n"
                + String.join("\t", "Vaadin: sessions alive at the end, -Xmx" + heap, alive + " of " + sessions,
                "—", "—", "all", Summary.met(alive == sessions)) + "\n");
        System.out.println();
        System.out.print(md);
    }

    /** The machine's load average over the last minute and five minutes, from /proc/loadavg. */
    static String loadAverage() {
        try {
            var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
    }
}
