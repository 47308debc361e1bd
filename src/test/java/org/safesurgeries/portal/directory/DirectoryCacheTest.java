package org.safesurgeries.portal.directory;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryCacheTest {

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Clock clock = new Clock() {
        public ZoneOffset getZone() { return ZoneOffset.UTC; }
        public Clock withZone(java.time.ZoneId zone) { return this; }
        public Instant instant() { return now; }
    };

    @Test
    void a_page_is_rendered_once_until_its_lifetime_ends_and_the_etag_follows_the_content() {
        var cache = new DirectoryCache(clock);
        var renders = new AtomicInteger();
        var first = cache.get("k", () -> "body " + renders.incrementAndGet());
        var again = cache.get("k", () -> "body " + renders.incrementAndGet());
        assertThat(again).isSameAs(first);

        now = now.plus(DirectoryCache.LIFETIME);
        var later = cache.get("k", () -> "body " + renders.incrementAndGet());
        assertThat(renders).hasValue(2);
        assertThat(later.etag()).isNotEqualTo(first.etag());
        assertThat(cache.get("other", () -> "body 1").etag()).as("same bytes, same ETag").isEqualTo(first.etag());
    }

    @Test
    void requests_for_an_expired_page_wait_for_one_render_instead_of_each_rendering_it() throws Exception {
        var cache = new DirectoryCache(clock);
        var renders = new AtomicInteger();
        var rendering = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        java.util.function.Supplier<String> slow = () -> {
            renders.incrementAndGet();
            rendering.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "page";
        };
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var first = threads.submit(() -> cache.get("k", slow));
            rendering.await();
            var others = java.util.stream.IntStream.range(0, 3).mapToObj(i -> threads.submit(() -> cache.get("k", slow)))
                    .toList();
            Thread.sleep(100);
            release.countDown();
            for (var other : others) {
                assertThat(other.get()).isSameAs(first.get());
            }
        }
        assertThat(renders).hasValue(1);
    }

    @Test
    void a_change_to_the_directory_empties_the_cache() {
        var cache = new DirectoryCache(clock);
        var renders = new AtomicInteger();
        cache.get("k", () -> "v" + renders.incrementAndGet());
        cache.on((org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationWithdrawn) null);
        cache.get("k", () -> "v" + renders.incrementAndGet());
        assertThat(renders).hasValue(2);
        now = now.plus(Duration.ofSeconds(1));
    }

    @Test
    void a_directory_page_search_is_kept_until_the_directory_changes_or_its_lifetime_ends() {
        var cache = new DirectoryCache(clock);
        var searches = new AtomicInteger();
        java.util.function.Supplier<DirectorySearch.Results> search =
                () -> new DirectorySearch.Results(searches.incrementAndGet(), java.util.List.of());
        assertThat(cache.search("k", search).total()).isEqualTo(1);
        assertThat(cache.search("k", search).total()).as("the same search again").isEqualTo(1);
        assertThat(cache.search("other", search).total()).as("another search").isEqualTo(2);

        cache.on((org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationSigned) null);
        assertThat(cache.search("k", search).total()).as("after a declaration is signed").isEqualTo(3);

        now = now.plus(DirectoryCache.LIFETIME);
        assertThat(cache.search("k", search).total()).as("after its lifetime").isEqualTo(4);
    }
}
