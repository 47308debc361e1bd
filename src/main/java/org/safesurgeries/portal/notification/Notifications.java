package org.safesurgeries.portal.notification;

import org.safesurgeries.portal.security.AccountContacts.Contact;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;

/**
 * Hands a message to its recipients: a notice for each (the bell), and an email unless the kind is optional and they
 * turned it off. Runs inside a listener's transaction; the message's key makes a second run write nothing new.
 */
@Component
class Notifications {

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final Clock clock;
    private final String baseUrl;

    Notifications(JdbcTemplate jdbc, Outbox outbox, Clock clock, @Value("${portal.public-base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void send(Message message, Collection<Contact> recipients) {
        var unique = new LinkedHashMap<Long, Contact>();
        recipients.forEach(c -> unique.putIfAbsent(c.accountId(), c));
        var now = Timestamp.from(clock.instant());
        String body = String.join(" ", message.paragraphs());
        for (var contact : unique.values()) {
            jdbc.update("""
                    insert ignore into notice (account_id, kind, title, body, link, dedup_key, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """, contact.accountId(), message.kind().name(), message.subject(),
                    body.length() > 2000 ? body.substring(0, 1999) + "…" : body, message.link(), message.key(), now);
            if (message.kind().required() || !optedOut(contact.accountId(), message.kind())) {
                outbox.store(EmailTemplates.render(withAbsoluteLink(message), contact.email(), contact.name(),
                        EmailTemplates.footerFor(message.kind(), baseUrl + "/notifications")),
                        message.key() + ":" + contact.accountId());
            }
        }
    }

    /** An email to someone without an account (a training attendee's certificate): no notice, no choices. */
    @Transactional(propagation = Propagation.MANDATORY)
    void sendTo(Message message, String email, String name) {
        outbox.store(EmailTemplates.render(withAbsoluteLink(message), email, name,
                EmailTemplates.FOOTER_FOR_ATTENDEE), message.key() + ":" + email);
    }

    private boolean optedOut(long accountId, NotificationKind kind) {
        Integer n = jdbc.queryForObject("select count(*) from notification_opt_out where account_id = ? and kind = ?",
                Integer.class, accountId, kind.name());
        return n != null && n > 0;
    }

    private Message withAbsoluteLink(Message message) {
        return new Message(message.kind(), message.key(), message.subject(), message.paragraphs(),
                message.actionLabel(), baseUrl + "/" + message.link());
    }
}
