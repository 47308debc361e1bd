package org.safesurgeries.portal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Round-trip times at the load client, per kind of request, kept only for requests that start inside the measured
 * window (after the warm-up). Requests sent inside it are tagged for the server's access log too.
 */
final class Latencies {

    private final Map<String, List<Long>> samples = new TreeMap<>();
    private volatile long from = Long.MAX_VALUE;
    private volatile long until = Long.MAX_VALUE;

    void window(long fromNanos, long untilNanos) {
        from = fromNanos;
        until = untilNanos;
    }

    boolean tagged(String label) {
        long now = System.nanoTime();
        return now >= from && now < until;
    }

    void record(String label, long startNanos, long nanos) {
        if (startNanos >= from && startNanos < until) {
            synchronized (samples) {
                samples.computeIfAbsent(label, l -> new ArrayList<>()).add(nanos);
            }
        }
    }

    long[] nanos(String label) {
        synchronized (samples) {
            return samples.getOrDefault(label, List.of()).stream().mapToLong(Long::longValue).toArray();
        }
    }

    List<String> labels() {
        synchronized (samples) {
            return List.copyOf(samples.keySet());
        }
    }
}
