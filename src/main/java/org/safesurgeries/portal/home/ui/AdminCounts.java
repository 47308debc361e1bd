package org.safesurgeries.portal.home.ui;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's figures, read in one query. */
@Component
class AdminCounts {

    record Figures(long activePractices, long closedPractices, long activeAccounts, long queuedEmails,
                   long auditEntries) {
    }

    private final JdbcTemplate jdbc;

    AdminCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Figures load() {
        return jdbc.queryForObject("""
                select (select count(*) from practice where status = 'ACTIVE'),
                       (select count(*) from practice where status = 'CLOSED'),
                       (select count(*) from user_account where active),
                       (select count(*) from outbox_email where status in ('QUEUED', 'SENDING')),
                       (select count(*) from audit_entry)
                """, (rs, n) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    }
}
