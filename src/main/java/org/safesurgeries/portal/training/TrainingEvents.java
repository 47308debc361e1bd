package org.safesurgeries.portal.training;

import org.safesurgeries.portal.shared.AuditableEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What happens to training records. */
public final class TrainingEvents {

    private TrainingEvents() {
    }

    public record TrainingSessionRecorded(UUID eventId, Instant occurredAt, String actor, long sessionId,
                                          LocalDate deliveredOn, String source, List<Long> practiceIds)
            implements AuditableEvent {
        public String auditAction() { return "TRAINING_SESSION_RECORDED"; }
        public String auditEntityType() { return "TrainingSession"; }
        public String auditEntityId() { return Long.toString(sessionId); }
        public String auditDetails() { return source + " session on " + deliveredOn + " for practices " + practiceIds; }
    }

    public record TrainingSessionChanged(UUID eventId, Instant occurredAt, String actor, long sessionId)
            implements AuditableEvent {
        public String auditAction() { return "TRAINING_SESSION_CHANGED"; }
        public String auditEntityType() { return "TrainingSession"; }
        public String auditEntityId() { return Long.toString(sessionId); }
        public String auditDetails() { return "Training session edited"; }
    }

    public record TrainingSessionUnlocked(UUID eventId, Instant occurredAt, String actor, long sessionId)
            implements AuditableEvent {
        public String auditAction() { return "TRAINING_SESSION_UNLOCKED"; }
        public String auditEntityType() { return "TrainingSession"; }
        public String auditEntityId() { return Long.toString(sessionId); }
        public String auditDetails() { return "Locked training session opened for editing again"; }
    }

    /**
     * A named member of practice staff attended a session: the certificates module renders their attendance
     * certificate from this.
     */
    public record TrainingAttended(UUID eventId, Instant occurredAt, long sessionId, long practiceId, String name,
                                   String role, String email, LocalDate deliveredOn, List<String> topics) {
    }

    /**
     * Reminder: the practice's most recent training was on {@code lastTrainedOn}, so a refresher is due on
     * {@code dueOn} (24 months later by default).
     */
    public record RefresherDue(UUID eventId, Instant occurredAt, long practiceId, LocalDate lastTrainedOn,
                               LocalDate dueOn) {
    }
}
