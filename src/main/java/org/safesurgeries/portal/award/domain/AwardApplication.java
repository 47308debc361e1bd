package org.safesurgeries.portal.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardChoices.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A practice's application for the award, moving through its states only by guarded verbs:
 * draft → submitted → under review → changes requested → (resubmitted) submitted → under review → awarded / not
 * awarded, or withdrawn by the practice before a decision. Each verb returns the state it left, for the event.
 */
@Entity
@Table(name = "award_application")
public class AwardApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Column(name = "criteria_version_id", nullable = false)
    private long criteriaVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    // Each resubmission after "changes requested" starts a new round of assessments.
    @Column(nullable = false)
    private int round = 1;

    @Column(name = "renewal_of_award_id")
    private Long renewalOfAwardId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Version
    private long version;

    protected AwardApplication() {
    }

    public static AwardApplication start(long practiceId, long criteriaVersionId, Long renewalOfAwardId, String actor,
                                         Instant now) {
        var application = new AwardApplication();
        application.practiceId = practiceId;
        application.criteriaVersionId = criteriaVersionId;
        application.renewalOfAwardId = renewalOfAwardId;
        application.status = ApplicationStatus.DRAFT;
        application.startedAt = now;
        application.startedBy = actor;
        application.statusSince = now;
        return application;
    }

    /**
     * Sends the application to the panel. {@code incomplete} lists what the section minimums still lack; the
     * person must also confirm that the content is accurate. A resubmission after changes starts a new round.
     */
    public ApplicationStatus submit(List<String> incomplete, boolean accuracyConfirmed, String actor, Instant now) {
        require(status.editableByPractice(), "Only a draft, or an application sent back for changes, can be submitted.");
        if (!incomplete.isEmpty()) {
            throw new IllegalStateException("The application is not complete yet: " + String.join("; ", incomplete)
                    + ".");
        }
        if (!accuracyConfirmed) {
            throw new IllegalStateException("Please confirm that the application is accurate before submitting it.");
        }
        if (status == ApplicationStatus.CHANGES_REQUESTED) {
            round++;
        }
        submittedAt = now;
        submittedBy = actor;
        return moveTo(ApplicationStatus.SUBMITTED, now);
    }

    /** The panel starts reviewing (the first reviewer joins, or the lead starts a new round). */
    public ApplicationStatus startReview(Instant now) {
        require(status == ApplicationStatus.SUBMITTED, "Only a submitted application can go under review.");
        return moveTo(ApplicationStatus.UNDER_REVIEW, now);
    }

    /** The lead's decision; {@code blockers} are the panel rules not met, and any one of them refuses it. */
    public ApplicationStatus decide(Outcome outcome, List<String> blockers, Instant now) {
        require(status == ApplicationStatus.UNDER_REVIEW, "A decision can only be made on an application under review.");
        if (!blockers.isEmpty()) {
            throw new IllegalStateException("The decision cannot be recorded yet: " + String.join(" ", blockers));
        }
        return moveTo(outcome.leadsTo(), now);
    }

    public ApplicationStatus withdraw(Instant now) {
        require(status.isOpen(), "Only an application without a decision can be withdrawn.");
        return moveTo(ApplicationStatus.WITHDRAWN, now);
    }

    public void requireEditableByPractice() {
        require(status.editableByPractice(), "This application is " + status.label().toLowerCase()
                + " and can no longer be changed.");
    }

    /** How long the application has been in its state: the review-time target counts this. */
    public Duration waiting(Instant now) {
        return Duration.between(statusSince, now);
    }

    private ApplicationStatus moveTo(ApplicationStatus next, Instant now) {
        var previous = status;
        status = next;
        statusSince = now;
        return previous;
    }

    private static void require(boolean allowed, String reason) {
        if (!allowed) {
            throw new IllegalStateException(reason);
        }
    }

    public Long getId() {
        return id;
    }

    public long getPracticeId() {
        return practiceId;
    }

    public long getCriteriaVersionId() {
        return criteriaVersionId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public int getRound() {
        return round;
    }

    public Long getRenewalOfAwardId() {
        return renewalOfAwardId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public long getVersion() {
        return version;
    }
}
