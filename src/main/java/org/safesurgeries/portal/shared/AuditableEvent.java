package org.safesurgeries.portal.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * A past-tense domain event that the audit trail records. Each module's events implement it; the audit module
 * listens to this type only, so it depends on no other module. Details describe what staff did, never patients.
 */
public interface AuditableEvent {

    /** Unique per event, so that a retried delivery is recorded once. */
    UUID eventId();

    Instant occurredAt();

    /** Email of the signed-in person, or "system" / "anonymous". */
    String actor();

    String auditAction();

    String auditEntityType();

    String auditEntityId();

    String auditDetails();
}
