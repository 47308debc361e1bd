package org.safesurgeries.portal.award.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who sits on an application's panel, and who declared a conflict of interest (or none) before seeing it. */
@Repository
public class Panels {

    private final JdbcTemplate jdbc;

    Panels(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the person has not declared yet; true when they declared a conflict. */
    public Optional<Boolean> conflict(long applicationId, long accountId) {
        return jdbc.query("select conflicted from award_conflict_declaration where application_id = ? and account_id = ?",
                (rs, n) -> rs.getBoolean(1), applicationId, accountId).stream().findFirst();
    }

    /** A declared conflict is final for that application; "none" can later become a conflict, never the reverse. */
    public void declare(long applicationId, long accountId, boolean conflicted, Instant now) {
        jdbc.update("""
                insert into award_conflict_declaration (application_id, account_id, conflicted, declared_at)
                values (?, ?, ?, ?)
                on duplicate key update declared_at = if(conflicted, declared_at, values(declared_at)),
                                        conflicted = conflicted or values(conflicted)
                """, applicationId, accountId, conflicted, Timestamp.from(now));
    }

    public List<Long> conflicted(long applicationId) {
        return jdbc.queryForList("select account_id from award_conflict_declaration where application_id = ? "
                + "and conflicted", Long.class, applicationId);
    }

    public List<Long> members(long applicationId) {
        return jdbc.queryForList("select account_id from award_panel_member where application_id = ? "
                + "order by assigned_at, account_id", Long.class, applicationId);
    }

    public boolean isMember(long applicationId, long accountId) {
        Integer n = jdbc.queryForObject("select count(*) from award_panel_member where application_id = ? "
                + "and account_id = ?", Integer.class, applicationId, accountId);
        return n != null && n > 0;
    }

    /** False when the person was already on the panel. */
    public boolean add(long applicationId, long accountId, String assignedBy, Instant now) {
        return jdbc.update("insert ignore into award_panel_member (application_id, account_id, assigned_by, "
                + "assigned_at) values (?, ?, ?, ?)", applicationId, accountId, assignedBy, Timestamp.from(now)) > 0;
    }

    public void remove(long applicationId, long accountId) {
        jdbc.update("delete from award_panel_member where application_id = ? and account_id = ?", applicationId,
                accountId);
    }
}
