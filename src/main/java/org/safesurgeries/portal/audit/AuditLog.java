package org.safesurgeries.portal.audit;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.LikePattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reading and verifying the audit trail: for administrators only. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    /** Filters for the admin's view; null means "any". */
    public record Filter(String actor, String action, String entity, Instant from, Instant to) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    private static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
            rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("details"),
            rs.getString("previous_hash"), rs.getString("entry_hash"));

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @RolesAllowed(Roles.ADMIN)
    public List<AuditEntry> find(Filter filter, int offset, int limit) {
        var args = new ArrayList<Object>();
        String where = where(filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select * from audit_entry" + where + " order by id desc limit ? offset ?", ROW,
                args.toArray());
    }

    @RolesAllowed(Roles.ADMIN)
    public int count(Filter filter) {
        var args = new ArrayList<Object>();
        Integer count = jdbc.queryForObject("select count(*) from audit_entry" + where(filter, args), Integer.class,
                args.toArray());
        return count == null ? 0 : count;
    }

    /**
     * Recomputes every hash from the first entry on, streaming in id order, and names the first entry whose stored
     * hash or link does not match: the place where someone changed, removed or inserted a row.
     */
    @RolesAllowed(Roles.ADMIN)
    public ChainCheck verify() {
        var state = new Object() {
            String previous = AuditHashes.GENESIS;
            long checked;
            Long broken;
            String problem;
        };
        jdbc.query("select * from audit_entry order by id", rs -> {
            if (state.broken != null) {
                return;
            }
            var entry = ROW.mapRow(rs, 0);
            state.checked++;
            if (!entry.previousHash().equals(state.previous)) {
                state.broken = entry.id();
                state.problem = "Entry " + entry.id() + " does not follow the entry before it: an entry was removed "
                        + "or inserted, or the one before it was changed.";
                return;
            }
            String expected = AuditHashes.hash(entry.previousHash(), rs.getString("event_id"), entry.occurredAt(),
                    entry.actor(), entry.action(), entry.entityType(), entry.entityId(), entry.details());
            if (!expected.equals(entry.entryHash())) {
                state.broken = entry.id();
                state.problem = "Entry " + entry.id() + " was changed after it was written.";
                return;
            }
            state.previous = entry.entryHash();
        });
        if (state.broken == null) {
            String head = jdbc.queryForObject("select last_hash from audit_chain_head where id = 1", String.class);
            if (!state.previous.equals(head)) {
                return new ChainCheck(state.checked, -1L, "The newest entries were removed: the chain ends before "
                        + "the last entry that was written.");
            }
        }
        return new ChainCheck(state.checked, state.broken, state.problem);
    }

    private static String where(Filter f, List<Object> args) {
        var clauses = new ArrayList<String>();
        if (f.actor() != null && !f.actor().isBlank()) {
            clauses.add("actor like ?");
            args.add("%" + LikePattern.escape(f.actor().strip()) + "%");
        }
        if (f.action() != null && !f.action().isBlank()) {
            clauses.add("action = ?");
            args.add(f.action());
        }
        if (f.entity() != null && !f.entity().isBlank()) {
            clauses.add("(entity_type like ? or entity_id like ?)");
            args.add("%" + LikePattern.escape(f.entity().strip()) + "%");
            args.add("%" + LikePattern.escape(f.entity().strip()) + "%");
        }
        if (f.from() != null) {
            clauses.add("occurred_at >= ?");
            args.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            clauses.add("occurred_at < ?");
            args.add(Timestamp.from(f.to()));
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<String> actions() {
        return jdbc.queryForList("select distinct action from audit_entry order by action", String.class);
    }
}
