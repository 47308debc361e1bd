package org.safesurgeries.portal.certificate;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@value #LIMIT} verification lookups per client per {@link #WINDOW}, so that codes cannot be guessed by
 * trying many (65 random bits make that hopeless anyway; this keeps it so and keeps the page cheap). Counted per
 * instance, in memory: several instances each allow this many.
 */
@Component
public class VerificationThrottle {

    static final int LIMIT = 30;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_CLIENTS = 100_000;

    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> clients = new ConcurrentHashMap<>();
    private final Clock clock;

    VerificationThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Counts one lookup; false when the client has used up its lookups for now. */
    public boolean allow(String client) {
        Instant now = clock.instant();
        if (clients.size() > MAX_CLIENTS) {
            clients.values().removeIf(w -> w.start().plus(WINDOW).isBefore(now));
        }
        var window = clients.compute(client == null ? "unknown" : client, (key, current) ->
                current == null || !current.start().plus(WINDOW).isAfter(now) ? new Window(now, 1)
                        : new Window(current.start(), current.count() + 1));
        return window.count() <= LIMIT;
    }

    public long secondsUntilAllowed(String client) {
        var window = clients.get(client == null ? "unknown" : client);
        return window == null ? 0 : Math.max(1, Duration.between(clock.instant(), window.start().plus(WINDOW))
                .toSeconds());
    }
}
