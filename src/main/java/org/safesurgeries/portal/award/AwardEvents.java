package org.safesurgeries.portal.award;

import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardChoices.Outcome;
import org.safesurgeries.portal.shared.AuditableEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What happens to award applications and awards. All are audited; other modules listen to the ones they need. */
public final class AwardEvents {

    private AwardEvents() {
    }

    public record ApplicationStarted(UUID eventId, Instant occurredAt, String actor, long applicationId,
                                     long practiceId, Long renewalOfAwardId) implements AuditableEvent {
        public String auditAction() { return "AWARD_APPLICATION_STARTED"; }
        public String auditEntityType() { return "AwardApplication"; }
        public String auditEntityId() { return Long.toString(applicationId); }
        public String auditDetails() {
            return (renewalOfAwardId == null ? "Application" : "Renewal of award " + renewalOfAwardId)
                    + " started for practice " + practiceId;
        }
    }

    /** Every change of an application's state: submitted, under review, changes requested, decided, withdrawn. */
    public record ApplicationStatusChanged(UUID eventId, Instant occurredAt, String actor, long applicationId,
                                           long practiceId, ApplicationStatus from, ApplicationStatus to, int round)
            implements AuditableEvent {
        public String auditAction() { return "AWARD_APPLICATION_" + to.name(); }
        public String auditEntityType() { return "AwardApplication"; }
        public String auditEntityId() { return Long.toString(applicationId); }
        public String auditDetails() {
            return "Practice " + practiceId + ": " + from.label() + " → " + to.label() + " (round " + round + ")";
        }
    }

    public record EvidenceAttached(UUID eventId, Instant occurredAt, String actor, long applicationId,
                                   long evidenceId, String sha256) implements AuditableEvent {
        public String auditAction() { return "AWARD_EVIDENCE_ATTACHED"; }
        public String auditEntityType() { return "AwardApplication"; }
        public String auditEntityId() { return Long.toString(applicationId); }
        public String auditDetails() { return "Evidence file " + evidenceId + " attached (SHA-256 " + sha256 + ")"; }
    }

    public record EvidenceRemoved(UUID eventId, Instant occurredAt, String actor, long applicationId,
                                  long evidenceId) implements AuditableEvent {
        public String auditAction() { return "AWARD_EVIDENCE_REMOVED"; }
        public String auditEntityType() { return "AwardApplication"; }
        public String auditEntityId() { return Long.toString(applicationId); }
        public String auditDetails() { return "Evidence file " + evidenceId + " removed"; }
    }

    public record ConflictDeclared(UUID eventId, Instant occurredAt, String actor, long applicationId,
                                   long accountId, boolean conflicted) implements AuditableEvent {
        public String auditAction() { return conflicted ? "AWARD_CONFLICT_DECLARED" : "AWARD_NO_CONFLICT_DECLARED"; }
        public String auditEntityType() { return "AwardApplication"; }
        public String auditEntityId() { return Long.toString(applicationId); }
        public String auditDetails() {
            return "Reviewer " + accountId + (conflicted ? " declared a conflict of interest" : " declared no conflict");
        }
    }

    public record ReviewerAssigned(UUID eventId, Instant occurredAt, String actor, long applicationId,
                                   long practiceId, long reviewerAccountId, boolean claimed) implements AuditableEvent {
        public String auditAction() { return "AWARD_REVIEWER_ASSIGNED"; }
        public String auditEntityType() { return "AwardApplication"; }
        public String auditEntityId() { return Long.toString(applicationId); }
        public String auditDetails() {
            return "Reviewer " + reviewerAccountId + (claimed ? " joined the panel" : " assigned to the panel");
        }
    }

    public record AssessmentSubmitted(UUID eventId, Instant occurredAt, String actor, long applicationId,
                                      long reviewerAccountId, int round) implements AuditableEvent {
        public String auditAction() { return "AWARD_ASSESSMENT_SUBMITTED"; }
        public String auditEntityType() { return "AwardApplication"; }
        public String auditEntityId() { return Long.toString(applicationId); }
        public String auditDetails() { return "Reviewer " + reviewerAccountId + " submitted round " + round; }
    }

    public record DecisionRecorded(UUID eventId, Instant occurredAt, String actor, long applicationId,
                                   long practiceId, Outcome outcome, int round) implements AuditableEvent {
        public String auditAction() { return "AWARD_DECISION_RECORDED"; }
        public String auditEntityType() { return "AwardApplication"; }
        public String auditEntityId() { return Long.toString(applicationId); }
        public String auditDetails() { return outcome.label() + " (round " + round + ")"; }
    }

    /** The practice holds the award from {@code awardedOn} until {@code expiresOn}: the certificate is issued. */
    public record AwardGranted(UUID eventId, Instant occurredAt, String actor, long awardId, long applicationId,
                               long practiceId, LocalDate awardedOn, LocalDate expiresOn) implements AuditableEvent {
        public String auditAction() { return "AWARD_GRANTED"; }
        public String auditEntityType() { return "Award"; }
        public String auditEntityId() { return Long.toString(awardId); }
        public String auditDetails() { return "Practice " + practiceId + " awarded until " + expiresOn; }
    }

    public record AwardSuspended(UUID eventId, Instant occurredAt, String actor, long awardId, long practiceId,
                                 String reason) implements AuditableEvent {
        public String auditAction() { return "AWARD_SUSPENDED"; }
        public String auditEntityType() { return "Award"; }
        public String auditEntityId() { return Long.toString(awardId); }
        public String auditDetails() { return "Suspended: " + reason; }
    }

    public record AwardReinstated(UUID eventId, Instant occurredAt, String actor, long awardId, long practiceId,
                                  String reason) implements AuditableEvent {
        public String auditAction() { return "AWARD_REINSTATED"; }
        public String auditEntityType() { return "Award"; }
        public String auditEntityId() { return Long.toString(awardId); }
        public String auditDetails() { return "Reinstated: " + reason; }
    }

    public record AwardRevoked(UUID eventId, Instant occurredAt, String actor, long awardId, long practiceId,
                               String reason) implements AuditableEvent {
        public String auditAction() { return "AWARD_REVOKED"; }
        public String auditEntityType() { return "Award"; }
        public String auditEntityId() { return Long.toString(awardId); }
        public String auditDetails() { return "Revoked: " + reason; }
    }

    public record CriteriaPublished(UUID eventId, Instant occurredAt, String actor, long criteriaVersionId,
                                    int versionNumber) implements AuditableEvent {
        public String auditAction() { return "AWARD_CRITERIA_PUBLISHED"; }
        public String auditEntityType() { return "AwardCriteria"; }
        public String auditEntityId() { return Long.toString(criteriaVersionId); }
        public String auditDetails() { return "Criteria version " + versionNumber + " published"; }
    }

    public record ReviewerProfileChanged(UUID eventId, Instant occurredAt, String actor, long accountId, boolean lead,
                                         boolean livedExperience) implements AuditableEvent {
        public String auditAction() { return "AWARD_REVIEWER_CHANGED"; }
        public String auditEntityType() { return "UserAccount"; }
        public String auditEntityId() { return Long.toString(accountId); }
        public String auditDetails() { return "Lead: " + lead + ", lived experience: " + livedExperience; }
    }

    /** Reminder: the award expires on {@code expiresOn}, {@code daysBefore} (90 or 30) days from its due date. */
    public record AwardExpiring(UUID eventId, Instant occurredAt, long awardId, long practiceId, LocalDate expiresOn,
                                int daysBefore) {
    }

    /** Reminder to the lead reviewers: an application has waited longer than the review-time target. */
    public record ReviewOverdue(UUID eventId, Instant occurredAt, long applicationId, long practiceId,
                                ApplicationStatus status, LocalDate waitingSince, int targetDays) {
    }
}
