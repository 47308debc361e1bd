package org.safesurgeries.portal.notification;

import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.shared.OneStatementRead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in person's notices (what the bell lists) and their choice of optional emails. Every method works on
 * the current user's own rows only; there is no way to name another account.
 */
@Component
class Notices {

    record Notice(long id, NotificationKind kind, String title, String body, String link, Instant createdAt,
                  boolean read) {
    }

    private static final RowMapper<Notice> ROW = (rs, n) -> new Notice(rs.getLong("id"),
            NotificationKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
            rs.getString("link"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    Notices(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @OneStatementRead
    public int unreadCount() {
        Integer n = jdbc.queryForObject("select count(*) from notice where account_id = ? and read_at is null",
                Integer.class, me());
        return n == null ? 0 : n;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Notice> page(int offset, int limit) {
        return jdbc.query("select * from notice where account_id = ? order by created_at desc, id desc limit ? offset ?",
                ROW, me(), limit, offset);
    }

    @Transactional(readOnly = true)
    public int count() {
        Integer n = jdbc.queryForObject("select count(*) from notice where account_id = ?", Integer.class, me());
        return n == null ? 0 : n;
    }

    @Transactional
    public void markAllRead() {
        jdbc.update("update notice set read_at = ? where account_id = ? and read_at is null",
                Timestamp.from(clock.instant()), me());
    }

    /** The optional emails this person turned off. */
    @Transactional(readOnly = true)
    public Set<NotificationKind> emailsOff() {
        var off = EnumSet.noneOf(NotificationKind.class);
        jdbc.queryForList("select kind from notification_opt_out where account_id = ?", String.class, me())
                .forEach(kind -> off.add(NotificationKind.valueOf(kind)));
        return off;
    }

    @Transactional
    public void setEmail(NotificationKind kind, boolean on) {
        if (kind.required()) {
            throw new IllegalArgumentException("\"" + kind.label() + "\" emails are always sent and cannot be "
                    + "turned off.");
        }
        if (on) {
            jdbc.update("delete from notification_opt_out where account_id = ? and kind = ?", me(), kind.name());
        } else {
            jdbc.update("insert ignore into notification_opt_out (account_id, kind) values (?, ?)", me(),
                    kind.name());
        }
    }

    private long me() {
        return currentUser.require().id();
    }
}
