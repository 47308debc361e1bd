package org.safesurgeries.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The portal's live heap by class, from {@code jcmd <pid> GC.class_histogram}, which runs a full GC first: what is
 * still reachable, not what the collector has yet to free.
 */
record HeapHistogram(long totalBytes, Map<String, long[]> byClass) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    /** Several full GCs, until the live heap stops shrinking by more than 1%; the last histogram. */
    static HeapHistogram settled(long pid) throws IOException, InterruptedException {
        var last = of(pid);
        for (int i = 0; i < 4; i++) {
            Thread.sleep(1000);
            var next = of(pid);
            boolean settled = next.totalBytes >= last.totalBytes * 0.99;
            last = next;
            if (settled) {
                break;
            }
        }
        return last;
    }

    static HeapHistogram of(long pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var process = new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram").redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + out);
        }
        var byClass = new HashMap<String, long[]>();
        long total = -1;
        for (String line : out.split("\n")) {
            var row = ROW.matcher(line);
            if (row.matches()) {
                byClass.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
            var sum = TOTAL.matcher(line.strip());
            if (sum.matches()) {
                total = Long.parseLong(sum.group(2));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("No total in the class histogram: " + UidlSession.abbreviated(out));
        }
        return new HeapHistogram(total, byClass);
    }

    /** The classes that grew most from {@code before} to this one: name, instances added, bytes added. */
    List<Map.Entry<String, long[]>> growthSince(HeapHistogram before, int limit) {
        var growth = new HashMap<String, long[]>();
        byClass.forEach((name, now) -> {
            long[] then = before.byClass.getOrDefault(name, new long[2]);
            growth.put(name, new long[] {now[0] - then[0], now[1] - then[1]});
        });
        return growth.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(limit).toList();
    }
}
