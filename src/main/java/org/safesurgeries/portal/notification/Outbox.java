package org.safesurgeries.portal.notification;

import org.safesurgeries.portal.security.AccountEvents.AccountEmailDue;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The email outbox. Emails are stored synchronously, inside the transaction of the change that caused them: if the
 * change rolls back, so does the email, and once it commits the email cannot be lost. The table has what retries
 * need (attempts, next attempt, lease, last error).
 */
@Component
class Outbox {

    static final RowMapper<OutboxEmail> ROW = (rs, n) -> new OutboxEmail(rs.getLong("id"), rs.getString("recipient"),
            rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"), rs.getString("kind"),
            OutboxEmail.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
            rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant());

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountEmailDue due) {
        store(EmailTemplates.render(due));
    }

    void store(EmailMessage message) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into outbox_email (recipient, subject, body_text, body_html, kind, status, attempts,
                                          next_attempt_at, created_at, version)
                values (?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?, 0)
                """, message.recipient(), message.subject(), message.text(), message.html(), message.kind(), now, now);
    }

    @jakarta.annotation.security.RolesAllowed(org.safesurgeries.portal.security.Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<OutboxEmail> find(String recipient, OutboxEmail.Status status, int offset, int limit) {
        var args = new ArrayList<Object>();
        String where = where(recipient, status, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select * from outbox_email" + where + " order by id desc limit ? offset ?", ROW,
                args.toArray());
    }

    @jakarta.annotation.security.RolesAllowed(org.safesurgeries.portal.security.Roles.ADMIN)
    @Transactional(readOnly = true)
    public int count(String recipient, OutboxEmail.Status status) {
        var args = new ArrayList<Object>();
        Integer count = jdbc.queryForObject("select count(*) from outbox_email" + where(recipient, status, args),
                Integer.class, args.toArray());
        return count == null ? 0 : count;
    }

    private static String where(String recipient, OutboxEmail.Status status, List<Object> args) {
        var clauses = new ArrayList<String>();
        if (recipient != null && !recipient.isBlank()) {
            clauses.add("recipient like ?");
            args.add("%" + recipient.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (status != null) {
            clauses.add("status = ?");
            args.add(status.name());
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }
}
