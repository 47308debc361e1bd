package org.safesurgeries.portal.shared;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiringCacheTest {

    private static final Duration LIFETIME = Duration.ofSeconds(30);

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Clock clock = new Clock() {
        public ZoneOffset getZone() { return ZoneOffset.UTC; }
        public Clock withZone(java.time.ZoneId zone) { return this; }
        public Instant instant() { return now; }
    };
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void a_value_is_kept_for_its_lifetime_and_then_loaded_again() {
        var cache = new ExpiringCache<String>(clock, LIFETIME, 10);
        assertThat(cache.get("k", this::load)).isEqualTo("v1");
        now = now.plus(LIFETIME).minusMillis(1);
        assertThat(cache.get("k", this::load)).isEqualTo("v1");
        now = now.plusMillis(1);
        assertThat(cache.get("k", this::load)).isEqualTo("v2");
    }

    @Test
    void a_clear_forgets_every_value_and_nulls_are_not_kept() {
        var cache = new ExpiringCache<String>(clock, LIFETIME, 10);
        cache.get("a", this::load);
        cache.get("b", this::load);
        cache.clear();
        assertThat(cache.get("a", this::load)).isEqualTo("v3");
        assertThat(cache.get("none", () -> null)).isNull();
        assertThat(cache.get("none", () -> "made")).isEqualTo("made");
    }

    @Test
    void a_load_that_ran_across_a_clear_is_answered_but_not_kept() throws Exception {
        var cache = new ExpiringCache<String>(clock, LIFETIME, 10);
        var loading = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var threads = Executors.newSingleThreadExecutor()) {
            var slow = threads.submit(() -> cache.get("k", () -> {
                loading.countDown();
                await(release);
                return "read before the change";
            }));
            loading.await();
            cache.clear();
            release.countDown();
            assertThat(slow.get()).isEqualTo("read before the change");
        }
        assertThat(cache.get("k", () -> "after the change")).isEqualTo("after the change");
    }

    @Test
    void when_full_it_starts_again_rather_than_growing() {
        var cache = new ExpiringCache<String>(clock, LIFETIME, 3);
        for (String key : new String[] {"a", "b", "c"}) {
            cache.get(key, this::load);
        }
        cache.get("d", this::load);
        assertThat(cache.get("d", this::load)).as("the newest is kept").isEqualTo("v4");
        assertThat(cache.get("a", this::load)).as("the older ones were dropped").isEqualTo("v5");
    }

    private String load() {
        return "v" + loads.incrementAndGet();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
