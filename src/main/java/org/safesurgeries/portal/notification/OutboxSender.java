package org.safesurgeries.portal.notification;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Delivers queued emails over SMTP when {@code spring.mail.host} is set. Each email is claimed with a lease before
 * sending, so two instances never send the same one, and marked sent only after the server accepted it. A failure
 * is retried later; with no SMTP configured, emails wait in the outbox, where the admin can read them.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int MAX_ATTEMPTS = 8;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final JavaMailSender mail;
    private final Clock clock;
    private final String from;

    OutboxSender(JdbcTemplate jdbc, JavaMailSender mail, Clock clock,
                 @Value("${portal.mail.from:Safe Surgery portal <no-reply@localhost>}") String from) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${portal.mail.poll-interval:PT10S}")
    void deliverDue() {
        for (int i = 0; i < 50; i++) {
            var claimed = claimNext();
            if (claimed == null) {
                return;
            }
            deliver(claimed);
        }
    }

    private OutboxEmail claimNext() {
        var now = clock.instant();
        String lease = UUID.randomUUID().toString();
        int claimed = jdbc.update("""
                update outbox_email set status = 'SENDING', lease_until = ?, last_error = ?, version = version + 1
                where status in ('QUEUED', 'SENDING') and next_attempt_at <= ? and (lease_until is null or lease_until < ?)
                order by id limit 1
                """, Timestamp.from(now.plus(LEASE)), "lease " + lease, Timestamp.from(now), Timestamp.from(now));
        if (claimed == 0) {
            return null;
        }
        return jdbc.query("select * from outbox_email where last_error = ? and status = 'SENDING'", Outbox.ROW,
                "lease " + lease).stream().findFirst().orElse(null);
    }

    private void deliver(OutboxEmail email) {
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(email.recipient());
            helper.setSubject(email.subject());
            helper.setText(email.bodyText(), email.bodyHtml() == null ? email.bodyText() : email.bodyHtml());
            mail.send(message);
            jdbc.update("update outbox_email set status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                    + "lease_until = null, last_error = null where id = ?", Timestamp.from(clock.instant()), email.id());
        } catch (MailException | MessagingException e) {
            int attempts = email.attempts() + 1;
            var retryAt = clock.instant().plus(Duration.ofSeconds(30L << Math.min(attempts, 10)));
            jdbc.update("update outbox_email set status = ?, attempts = ?, next_attempt_at = ?, lease_until = null, "
                            + "last_error = ? where id = ?", attempts >= MAX_ATTEMPTS ? "FAILED" : "QUEUED", attempts,
                    Timestamp.from(retryAt), String.valueOf(e.getMessage()), email.id());
            log.warn("Email {} to {} not sent (attempt {}): {}", email.id(), email.recipient(), attempts, e.getMessage());
        }
    }
}
