package org.safesurgeries.portal.notification;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.security.AccountEvents.AccountEmailDue;
import org.safesurgeries.portal.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The email outbox. Emails are stored inside the transaction of whatever caused them: an account email in the
 * change itself, a notification in its listener's transaction. If that rolls back, so does the email; once it
 * commits, the email cannot be lost. A dedup key per event and recipient makes a listener that runs twice write one
 * email, and each email gets its Message-ID when written, so every attempt to send it carries the same one.
 */
@Component
class Outbox {

    static final RowMapper<OutboxEmail> ROW = (rs, n) -> new OutboxEmail(rs.getLong("id"), rs.getString("recipient"),
            rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"), rs.getString("kind"),
            OutboxEmail.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
            rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
            rs.getString("message_id"), rs.getLong("version"));

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String messageIdDomain;

    Outbox(JdbcTemplate jdbc, Clock clock, @Value("${portal.public-base-url}") String publicBaseUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        String host = URI.create(publicBaseUrl).getHost();
        this.messageIdDomain = host == null ? "safe-surgery-portal" : host;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountEmailDue due) {
        store(EmailTemplates.render(due), null);
    }

    /** Stores the email unless one with the same dedup key exists; returns whether it stored one. */
    boolean store(EmailMessage message, String dedupKey) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.update("""
                insert ignore into outbox_email (recipient, subject, body_text, body_html, kind, status, attempts,
                                                 next_attempt_at, created_at, version, dedup_key, message_id)
                values (?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?, 0, ?, ?)
                """, message.recipient(), message.subject(), message.text(), message.html(), message.kind(), now, now,
                dedupKey, "<" + UUID.randomUUID() + "@" + messageIdDomain + ">") == 1;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<OutboxEmail> find(String recipient, OutboxEmail.Status status, int offset, int limit) {
        var args = new ArrayList<Object>();
        String where = where(recipient, status, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select * from outbox_email" + where + " order by id desc limit ? offset ?", ROW,
                args.toArray());
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public int count(String recipient, OutboxEmail.Status status) {
        var args = new ArrayList<Object>();
        Integer count = jdbc.queryForObject("select count(*) from outbox_email" + where(recipient, status, args),
                Integer.class, args.toArray());
        return count == null ? 0 : count;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<OutboxEmail> get(long id) {
        return jdbc.query("select * from outbox_email where id = ?", ROW, id).stream().findFirst();
    }

    /**
     * Queues a failed email again with a fresh count of attempts. Only a failed one, and only in the version the
     * admin saw: an email the sender is working on, or that another admin resent, is left alone.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void resend(long id, long expectedVersion) {
        int changed = jdbc.update("""
                update outbox_email set status = 'QUEUED', attempts = 0, next_attempt_at = ?, lease_token = null,
                       lease_until = null, version = version + 1
                where id = ? and status = 'FAILED' and version = ?
                """, Timestamp.from(clock.instant()), id, expectedVersion);
        if (changed == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException("This email changed meanwhile (it "
                    + "was sent, or resent by someone else). Nothing was changed: reload to see it now.");
        }
    }

    private static String where(String recipient, OutboxEmail.Status status, List<Object> args) {
        var clauses = new ArrayList<String>();
        if (recipient != null && !recipient.isBlank()) {
            clauses.add("recipient like ?");
            args.add("%" + recipient.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (status != null) {
            clauses.add("status = ?");
            args.add(status.name());
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }
}
