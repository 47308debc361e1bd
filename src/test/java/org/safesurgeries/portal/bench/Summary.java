package org.safesurgeries.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A benchmark's rows in the one table {@code bench/run-all} prints: work, measured figure, yardstick, ratio, goal,
 * met. Written to {@code RESULTS_DIR/<name>.summary.csv}, the same file {@code summary} in {@code bench/lib.sh}
 * writes.
 */
final class Summary {

    private final String name;
    private final List<List<String>> rows = new ArrayList<>();

    Summary(String name) {
        this.name = name;
    }

    /** {@code met} is "met", "not met", or "—" where the row has no goal of its own. */
    Summary row(String work, String measured, String yardstick, String ratio, String goal, String met) {
        rows.add(List.of(work, measured, yardstick, ratio, goal, met));
        return this;
    }

    static String met(boolean met) {
        return met ? "met" : "not met";
    }

    void write() {
        String csv = Stream.concat(Stream.of(List.of("work", "measured", "yardstick", "ratio", "goal", "met")),
                        rows.stream())
                .map(row -> row.stream().map(Summary::quoted).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.writeString(BenchPortal.resultsDir().resolve(name + ".summary.csv"), csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    static Path file(String name) {
        return BenchPortal.resultsDir().resolve(name + ".summary.csv");
    }
}
