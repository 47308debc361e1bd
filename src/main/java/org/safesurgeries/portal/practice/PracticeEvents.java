package org.safesurgeries.portal.practice;

import org.safesurgeries.portal.shared.AuditableEvent;

import java.time.Instant;
import java.util.UUID;

/** What happened to practices, for the audit trail and other modules. */
public final class PracticeEvents {

    private PracticeEvents() {
    }

    public record PracticeDetailsUpdated(UUID eventId, Instant occurredAt, String actor, long practiceId,
                                         String odsCode, String changes) implements AuditableEvent {
        public String auditAction() { return "PRACTICE_UPDATED"; }
        public String auditEntityType() { return "Practice"; }
        public String auditEntityId() { return odsCode; }
        public String auditDetails() { return changes; }
    }

    public record PracticesImported(UUID eventId, Instant occurredAt, String actor, String fileName, int added,
                                    int updated, int closed, int skipped, int rejected) implements AuditableEvent {
        public String auditAction() { return "EPRACCUR_IMPORTED"; }
        public String auditEntityType() { return "PracticeList"; }
        public String auditEntityId() { return null; }
        public String auditDetails() {
            return "Imported " + fileName + ": " + added + " added, " + updated + " updated, " + closed + " closed, "
                    + skipped + " skipped, " + rejected + " rejected";
        }
    }
}
