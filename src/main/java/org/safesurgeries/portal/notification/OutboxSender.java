package org.safesurgeries.portal.notification;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Delivers queued emails over SMTP when {@code spring.mail.host} is set.
 * <ul>
 * <li>Each email is claimed with a lease (a token and a time) before sending, so two instances never send the same
 * one at once; the SMTP timeouts are shorter than the lease.</li>
 * <li>It is marked sent only after the server accepted it. If the mark cannot be written (the database is away),
 * the sender remembers it and writes it before claiming anything else.</li>
 * <li>A failure is retried with exponential backoff ({@code retry-base} doubled per attempt, at most
 * {@code retry-cap}); after {@code max-attempts} the email is marked failed with the last error, for an admin to
 * resend.</li>
 * <li>If the app stops while sending, the lease runs out and the email is sent again. Had the server already
 * accepted it in the instant before the stop, the second copy carries the same Message-ID, which mail systems use
 * to recognise a duplicate; see decision 013.</li>
 * </ul>
 * With no SMTP configured, emails wait in the outbox, where the admin can read them.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final JdbcTemplate jdbc;
    private final JavaMailSender mail;
    private final Clock clock;
    private final String from;
    private final Duration lease;
    private final Duration retryBase;
    private final Duration retryCap;
    private final int maxAttempts;
    /** Accepted by the server but not yet marked sent (email id → lease token). */
    private final Map<Long, String> acceptedUnmarked = new ConcurrentHashMap<>();

    OutboxSender(JdbcTemplate jdbc, JavaMailSender mail, Clock clock,
                 @Value("${portal.mail.from:Safe Surgery portal <no-reply@localhost>}") String from,
                 @Value("${portal.mail.lease:PT2M}") Duration lease,
                 @Value("${portal.mail.retry-base:PT30S}") Duration retryBase,
                 @Value("${portal.mail.retry-cap:PT1H}") Duration retryCap,
                 @Value("${portal.mail.max-attempts:10}") int maxAttempts) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.lease = lease;
        this.retryBase = retryBase;
        this.retryCap = retryCap;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelayString = "${portal.mail.poll-interval:PT10S}")
    void deliverDue() {
        try {
            acceptedUnmarked.forEach(this::markSent);
            for (int i = 0; i < 50 && acceptedUnmarked.isEmpty(); i++) {
                var claimed = claimNext();
                if (claimed == null) {
                    return;
                }
                deliver(claimed.email(), claimed.token());
            }
        } catch (DataAccessException e) {
            log.warn("The outbox cannot be read now; trying again later: {}", e.getMessage());
        }
    }

    record Claimed(OutboxEmail email, String token) {
    }

    /** Claims the oldest due email: queued, or left "sending" by an instance whose lease ran out. */
    Claimed claimNext() {
        var now = clock.instant();
        String token = UUID.randomUUID().toString();
        int claimed = jdbc.update("""
                update outbox_email set status = 'SENDING', lease_token = ?, lease_until = ?, version = version + 1
                where status in ('QUEUED', 'SENDING') and next_attempt_at <= ? and (lease_until is null or lease_until < ?)
                order by id limit 1
                """, token, Timestamp.from(now.plus(lease)), Timestamp.from(now), Timestamp.from(now));
        if (claimed == 0) {
            return null;
        }
        return jdbc.query("select * from outbox_email where lease_token = ?", Outbox.ROW, token).stream()
                .findFirst().map(email -> new Claimed(email, token)).orElse(null);
    }

    void deliver(OutboxEmail email, String token) {
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(email.recipient());
            helper.setSubject(email.subject());
            helper.setText(email.bodyText(), email.bodyHtml() == null ? email.bodyText() : email.bodyHtml());
            // Kept by Spring's sender through saveChanges(): every attempt carries the same Message-ID.
            message.setHeader("Message-ID", email.messageId());
            mail.send(message);
        } catch (MailException | MessagingException e) {
            failed(email, token, e);
            return;
        }
        acceptedUnmarked.put(email.id(), token);
        markSent(email.id(), token);
    }

    private void markSent(long id, String token) {
        try {
            jdbc.update("update outbox_email set status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                    + "lease_token = null, lease_until = null, last_error = null, version = version + 1 "
                    + "where id = ? and lease_token = ?", Timestamp.from(clock.instant()), id, token);
            acceptedUnmarked.remove(id);
        } catch (DataAccessException e) {
            log.warn("Email {} was accepted by the SMTP server but cannot be marked sent yet: {}", id, e.getMessage());
        }
    }

    private void failed(OutboxEmail email, String token, Exception e) {
        int attempts = email.attempts() + 1;
        var backoff = retryBase.multipliedBy(1L << Math.min(attempts - 1, 20));
        var retryAt = clock.instant().plus(backoff.compareTo(retryCap) > 0 ? retryCap : backoff);
        String error = String.valueOf(e.getMessage());
        jdbc.update("update outbox_email set status = ?, attempts = ?, next_attempt_at = ?, lease_token = null, "
                        + "lease_until = null, last_error = ?, version = version + 1 where id = ? and lease_token = ?",
                attempts >= maxAttempts ? "FAILED" : "QUEUED", attempts, Timestamp.from(retryAt),
                error.length() > 1000 ? error.substring(0, 1000) : error, email.id(), token);
        log.warn("Email {} to {} not sent (attempt {} of {}): {}", email.id(), email.recipient(), attempts,
                maxAttempts, e.getMessage());
    }
}
