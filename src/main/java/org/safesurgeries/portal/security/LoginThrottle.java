package org.safesurgeries.portal.security;

import org.safesurgeries.portal.security.AccountEvents.SignInAttempted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * After {@value #MAX_FAILURES} failed sign-ins for one email within {@link #WINDOW}, sign-ins for that email are
 * refused for {@link #LOCK}. It counts typed emails, existing or not, so its answers reveal nothing about accounts.
 * The count lives in the database, so it holds across restarts and across several app instances.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String email) {
        var lockedUntil = jdbc.query("select locked_until from login_throttle where email_hash = ?",
                rs -> rs.next() ? rs.getTimestamp(1) : null, key(email));
        return lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
    }

    @Transactional
    public void recordFailure(String email, String outcome) {
        Instant now = clock.instant();
        Timestamp nowTs = Timestamp.from(now);
        Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
        // One atomic upsert: concurrent failures cannot be lost, and an old window starts again from one.
        jdbc.update("""
                insert into login_throttle (email_hash, failures, window_start, locked_until) values (?, 1, ?, null)
                on duplicate key update
                  failures = if(window_start < ?, 1, failures + 1),
                  window_start = if(window_start < ?, values(window_start), window_start)
                """, key(email), nowTs, windowStart, windowStart);
        jdbc.update("""
                update login_throttle set locked_until = ?, failures = 0, window_start = ?
                where email_hash = ? and failures >= ?
                """, Timestamp.from(now.plus(LOCK)), nowTs, key(email), MAX_FAILURES);
        events.publishEvent(new SignInAttempted(UUID.randomUUID(), now, auditedEmail(email),
                auditedEmail(email), outcome));
    }

    @Transactional
    public void recordRefusedWhileLocked(String email) {
        events.publishEvent(new SignInAttempted(UUID.randomUUID(), clock.instant(), auditedEmail(email),
                auditedEmail(email), "REFUSED_THROTTLED"));
    }

    @Transactional
    public void recordSuccess(String email) {
        jdbc.update("delete from login_throttle where email_hash = ?", key(email));
        events.publishEvent(new SignInAttempted(UUID.randomUUID(), clock.instant(), normalise(email),
                normalise(email), "SUCCEEDED"));
    }

    /** What the audit trail records for what was typed: the address, never arbitrary text. */
    private static String auditedEmail(String typed) {
        try {
            return EmailAddress.parse(typed).value();
        } catch (IllegalArgumentException e) {
            return "(not an email address)";
        }
    }

    private static String key(String email) {
        return SecretTokens.sha256(normalise(email));
    }

    private static String normalise(String email) {
        String text = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return text.length() > 254 ? text.substring(0, 254) : text;
    }
}
