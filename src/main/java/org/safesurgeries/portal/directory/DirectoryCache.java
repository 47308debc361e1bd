package org.safesurgeries.portal.directory;

import org.safesurgeries.portal.award.AwardEvents.AwardGranted;
import org.safesurgeries.portal.award.AwardEvents.AwardReinstated;
import org.safesurgeries.portal.award.AwardEvents.AwardRevoked;
import org.safesurgeries.portal.award.AwardEvents.AwardSuspended;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationLapsed;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationSigned;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationWithdrawn;
import org.safesurgeries.portal.practice.PracticeEvents.PracticeDetailsUpdated;
import org.safesurgeries.portal.practice.PracticeEvents.PracticesImported;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered open-data responses and the directory page's search results, kept until something the directory shows
 * changes (this instance hears of it after the change commits) or for at most {@link #LIFETIME}, which bounds how
 * stale another instance's copy can be. The ETag is the hash of the bytes, so every instance gives the same ETag for
 * the same content.
 */
@Component
class DirectoryCache {

    static final Duration LIFETIME = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 2_000;
    // A page of the directory's own search holds 20 entries; 200 of them stay within a few megabytes.
    private static final int MAX_SEARCHES = 200;

    record Rendered(byte[] body, String etag, Instant madeAt) {
    }

    private record Found(DirectorySearch.Results results, Instant madeAt) {
    }

    private final Map<String, Rendered> entries = new ConcurrentHashMap<>();
    private final Map<String, Found> searches = new ConcurrentHashMap<>();
    private final Map<String, Object> renderLocks = new ConcurrentHashMap<>();
    private final Clock clock;

    DirectoryCache(Clock clock) {
        this.clock = clock;
    }

    Rendered get(String key, Supplier<String> render) {
        var cached = fresh(key, clock.instant());
        if (cached != null) {
            return cached;
        }
        // One render per key at a time: when a busy page's entry expires, the requests for it wait for that one
        // render instead of all querying the database at once (bench/web saw each expiry as a p99 spike).
        synchronized (renderLocks.computeIfAbsent(key, k -> new Object())) {
            Instant now = clock.instant();
            cached = fresh(key, now);
            if (cached != null) {
                return cached;
            }
            byte[] body = render.get().getBytes(StandardCharsets.UTF_8);
            var rendered = new Rendered(body, etag(body), now);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
                renderLocks.clear();
            }
            entries.put(key, rendered);
            return rendered;
        }
    }

    private Rendered fresh(String key, Instant now) {
        var cached = entries.get(key);
        return cached != null && cached.madeAt().plus(LIFETIME).isAfter(now) ? cached : null;
    }

    /** The directory page's searches, kept on the same terms as the rendered responses. */
    DirectorySearch.Results search(String key, Supplier<DirectorySearch.Results> search) {
        Instant now = clock.instant();
        var cached = searches.get(key);
        if (cached != null && cached.madeAt().plus(LIFETIME).isAfter(now)) {
            return cached.results();
        }
        var fresh = search.get();
        if (searches.size() >= MAX_SEARCHES) {
            searches.clear();
        }
        searches.put(key, new Found(fresh, now));
        return fresh;
    }

    private void clear() {
        entries.clear();
        searches.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DeclarationSigned event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DeclarationWithdrawn event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DeclarationLapsed event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PracticesImported event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PracticeDetailsUpdated event) {
        clear();
    }

    // The "Surgery of Sanctuary" badge follows the award.
    @TransactionalEventListener(fallbackExecution = true)
    void on(AwardGranted event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AwardSuspended event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AwardReinstated event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AwardRevoked event) {
        clear();
    }

    private static String etag(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
