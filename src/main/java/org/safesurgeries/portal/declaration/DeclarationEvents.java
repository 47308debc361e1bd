package org.safesurgeries.portal.declaration;

import org.safesurgeries.portal.shared.AuditableEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What happened to declarations: for the audit trail now, certificates and emails later. */
public final class DeclarationEvents {

    private DeclarationEvents() {
    }

    public record DeclarationSigned(UUID eventId, Instant occurredAt, String actor, long declarationId,
                                    long practiceId, int versionNumber, String signatoryName, LocalDate signedOn)
            implements AuditableEvent {
        public String auditAction() { return "DECLARATION_SIGNED"; }
        public String auditEntityType() { return "Declaration"; }
        public String auditEntityId() { return Long.toString(declarationId); }
        public String auditDetails() {
            return "Practice " + practiceId + " declared (version " + versionNumber + "), signed by " + signatoryName;
        }
    }

    public record DeclarationDraftSaved(UUID eventId, Instant occurredAt, String actor, long declarationId,
                                        long practiceId, int versionNumber) implements AuditableEvent {
        public String auditAction() { return "DECLARATION_DRAFT_SAVED"; }
        public String auditEntityType() { return "Declaration"; }
        public String auditEntityId() { return Long.toString(declarationId); }
        public String auditDetails() { return "Draft version " + versionNumber + " of practice " + practiceId + " saved"; }
    }

    public record DeclarationReconfirmed(UUID eventId, Instant occurredAt, String actor, long declarationId,
                                         long practiceId, LocalDate confirmedOn) implements AuditableEvent {
        public String auditAction() { return "DECLARATION_RECONFIRMED"; }
        public String auditEntityType() { return "Declaration"; }
        public String auditEntityId() { return Long.toString(declarationId); }
        public String auditDetails() { return "Practice " + practiceId + " confirmed its declaration is still true"; }
    }

    public record DeclarationWithdrawn(UUID eventId, Instant occurredAt, String actor, long declarationId,
                                       long practiceId, String reason) implements AuditableEvent {
        public String auditAction() { return "DECLARATION_WITHDRAWN"; }
        public String auditEntityType() { return "Declaration"; }
        public String auditEntityId() { return Long.toString(declarationId); }
        public String auditDetails() { return "Practice " + practiceId + " withdrew its declaration: " + reason; }
    }

    public record DeclarationLapsed(UUID eventId, Instant occurredAt, String actor, long declarationId,
                                    long practiceId, LocalDate lastConfirmedOn) implements AuditableEvent {
        public String auditAction() { return "DECLARATION_LAPSED"; }
        public String auditEntityType() { return "Declaration"; }
        public String auditEntityId() { return Long.toString(declarationId); }
        public String auditDetails() {
            return "Declaration of practice " + practiceId + " lapsed: last confirmed " + lastConfirmedOn;
        }
    }

    /**
     * A year since the practice last confirmed its declaration: it should confirm it is still true. Published once
     * per declaration and due date by {@link DeclarationReminders}.
     */
    public record ReconfirmationDue(UUID eventId, Instant occurredAt, long declarationId, long practiceId,
                                    LocalDate dueOn, LocalDate lapsesOn) {
    }

    /** Fourteen months without a confirmation: the declaration lapses on {@code lapsesOn} unless confirmed. */
    public record LapseApproaching(UUID eventId, Instant occurredAt, long declarationId, long practiceId,
                                   LocalDate lapsesOn) {
    }
}
