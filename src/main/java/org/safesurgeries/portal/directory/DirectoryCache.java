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
import org.safesurgeries.portal.shared.ExpiringCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
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

    record Rendered(byte[] body, String etag) {
    }

    private final ExpiringCache<Rendered> entries;
    private final ExpiringCache<DirectorySearch.Results> searches;

    DirectoryCache(Clock clock) {
        entries = new ExpiringCache<>(clock, LIFETIME, MAX_ENTRIES);
        searches = new ExpiringCache<>(clock, LIFETIME, MAX_SEARCHES);
    }

    Rendered get(String key, Supplier<String> render) {
        return entries.get(key, () -> {
            byte[] body = render.get().getBytes(StandardCharsets.UTF_8);
            return new Rendered(body, etag(body));
        });
    }

    /** The directory page's searches, kept on the same terms as the rendered responses. */
    DirectorySearch.Results search(String key, Supplier<DirectorySearch.Results> search) {
        return searches.get(key, search);
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
