package org.safesurgeries.portal.audit;

import org.safesurgeries.portal.shared.AuditableEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;

/**
 * Appends every {@link AuditableEvent} to the chain. Runs after the change has committed, from the event
 * publication registry, so a failed append is retried rather than lost; the event id makes a retry a no-op.
 */
@Component
class AuditTrail {

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AuditableEvent event) {
        append(event);
    }

    void append(AuditableEvent event) {
        // Locking the head row makes concurrent appends queue up, so the entries form one chain.
        String previous = jdbc.queryForObject("select last_hash from audit_chain_head where id = 1 for update",
                String.class);
        Integer already = jdbc.queryForObject("select count(*) from audit_entry where event_id = ?", Integer.class,
                event.eventId().toString());
        if (already != null && already > 0) {
            return;
        }
        // Stored to the microsecond, as MariaDB keeps it, so the hash can be recomputed from the row.
        var at = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
        String details = limit(event.auditDetails(), 2000);
        String actor = limit(event.actor(), 254);
        String entityId = event.auditEntityId() == null ? null : limit(event.auditEntityId(), 64);
        String hash = AuditHashes.hash(previous, event.eventId().toString(), at, actor, event.auditAction(),
                event.auditEntityType(), entityId, details);
        jdbc.update("""
                insert into audit_entry (event_id, occurred_at, actor, action, entity_type, entity_id, details,
                                         previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, event.eventId().toString(), Timestamp.from(at), actor, event.auditAction(),
                event.auditEntityType(), entityId, details, previous, hash);
        jdbc.update("update audit_chain_head set last_hash = ? where id = 1", hash);
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
