package org.safesurgeries.portal.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers kept for a short {@code lifetime} or until {@link #clear()}, for public pages that many people ask for at
 * once. Made once per key at a time: when a busy entry expires, the requests for it wait for that one load instead of
 * all querying the database together. A load that began before a {@code clear()} is returned to its caller but not
 * kept, so a change committed while it ran is seen by the next request. At most {@code maxEntries} are kept; when
 * full, all are dropped (answers are cheap to make again, and this keeps the bound simple and certain).
 */
public final class ExpiringCache<V> {

    private record Entry<V>(V value, Instant madeAt) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<String, Object> loadLocks = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;
    private final Duration lifetime;
    private final int maxEntries;

    public ExpiringCache(Clock clock, Duration lifetime, int maxEntries) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.maxEntries = maxEntries;
    }

    /** The kept value for {@code key}, or the value {@code load} makes now (null values are not kept). */
    public V get(String key, Supplier<V> load) {
        var cached = fresh(key, clock.instant());
        if (cached != null) {
            return cached.value();
        }
        synchronized (loadLocks.computeIfAbsent(key, k -> new Object())) {
            Instant now = clock.instant();
            cached = fresh(key, now);
            if (cached != null) {
                return cached.value();
            }
            long before = generation.get();
            V value = load.get();
            if (value != null && generation.get() == before) {
                if (entries.size() >= maxEntries) {
                    entries.clear();
                    loadLocks.clear();
                }
                entries.put(key, new Entry<>(value, now));
            }
            return value;
        }
    }

    /** Forgets every kept value, and keeps none that a load under way when this is called makes. */
    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    private Entry<V> fresh(String key, Instant now) {
        var cached = entries.get(key);
        return cached != null && cached.madeAt().plus(lifetime).isAfter(now) ? cached : null;
    }
}
