package org.safesurgeries.portal.audit;

import java.time.Instant;

/** One line of the audit trail as the admin sees it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType,
                         String entityId, String details, String previousHash, String entryHash) {
}
