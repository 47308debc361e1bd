package org.safesurgeries.portal.certificate;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * At most {@value #LIMIT} verification lookups per client per {@link #WINDOW} (setting
 * {@code portal.verification.lookups-per-minute}), so that codes cannot be guessed by
 * trying many (65 random bits make that hopeless anyway; this keeps it so and keeps the page cheap). Counted per
 * instance, in memory: several instances each allow this many.
 * <p>
 * Counting costs the same however many clients came before: the clients' windows are kept in two tables, this
 * period's and the last one's, and every {@link #WINDOW} the older table is dropped whole (a window still running
 * moves into the new table at its client's next lookup). Memory is bounded: once {@value #MAX_CLIENTS} clients have
 * asked within one period (an attack from many addresses), clients new in it share one allowance, while the clients
 * already counted keep their own.
 */
@Component
public class VerificationThrottle {

    static final int LIMIT = 30;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int MAX_CLIENTS = 100_000;
    static final String OVERFLOW = "clients beyond the table";

    private record Window(Instant start, int count) {
    }

    private record Tables(Instant since, Map<String, Window> current, Map<String, Window> previous) {
    }

    private final AtomicReference<Tables> tables = new AtomicReference<>();
    private final Clock clock;
    private final int limit;

    @Autowired
    VerificationThrottle(Clock clock, @Value("${portal.verification.lookups-per-minute:" + LIMIT + "}") int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    VerificationThrottle(Clock clock) {
        this(clock, LIMIT);
    }

    /** Counts one lookup; false when the client has used up its lookups for now. */
    public boolean allow(String client) {
        Instant now = clock.instant();
        var tables = tables(now);
        String key = client == null ? "unknown" : client;
        if (!tables.current().containsKey(key) && tables.current().size() >= MAX_CLIENTS) {
            key = OVERFLOW;
        }
        var window = tables.current().compute(key, (k, counted) -> {
            var running = counted != null ? counted : tables.previous().get(k);
            return running == null || !running.start().plus(WINDOW).isAfter(now) ? new Window(now, 1)
                    : new Window(running.start(), running.count() + 1);
        });
        return window.count() <= limit;
    }

    /**
     * Counts one lookup by the request's client: a 429 answer, with Retry-After, for the caller to give its body when
     * the client has used up its lookups; empty when the lookup may go ahead.
     */
    Optional<ResponseEntity.BodyBuilder> refusal(HttpServletRequest request) {
        String client = request.getRemoteAddr();
        return allow(client) ? Optional.empty() : Optional.of(ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(secondsUntilAllowed(client))));
    }

    public long secondsUntilAllowed(String client) {
        Instant now = clock.instant();
        var tables = tables(now);
        String key = client == null ? "unknown" : client;
        var window = tables.current().getOrDefault(key, tables.previous().get(key));
        return window == null ? 0 : Math.max(1, Duration.between(now, window.start().plus(WINDOW)).toSeconds());
    }

    private Tables tables(Instant now) {
        var current = tables.get();
        while (current == null || !current.since().plus(WINDOW).isAfter(now)) {
            var next = new Tables(now, new ConcurrentHashMap<>(),
                    current == null ? Map.of() : current.current());
            if (tables.compareAndSet(current, next)) {
                return next;
            }
            current = tables.get();
        }
        return current;
    }
}
