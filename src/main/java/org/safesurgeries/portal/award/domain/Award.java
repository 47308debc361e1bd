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
import org.safesurgeries.portal.award.AwardChoices.AwardStanding;
import org.safesurgeries.portal.award.AwardChoices.AwardStatus;
import org.safesurgeries.portal.shared.StatusReason;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A Sanctuary in Healthcare award: valid for three years, "expiring" from 90 days before the end, expired after.
 * Reviewers can suspend it (reversible) or revoke it (final), always with a reason.
 */
@Entity
@Table(name = "award")
public class Award {

    public static final int YEARS_VALID = 3;
    public static final int EXPIRING_DAYS = 90;
    /** A renewal can be started this many months before expiry. */
    public static final int RENEWAL_MONTHS = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "awarded_on", nullable = false)
    private LocalDate awardedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AwardStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Version
    private long version;

    protected Award() {
    }

    public Award(long practiceId, long applicationId, LocalDate awardedOn) {
        this.practiceId = practiceId;
        this.applicationId = applicationId;
        this.awardedOn = awardedOn;
        this.expiresOn = awardedOn.plusYears(YEARS_VALID);
        this.status = AwardStatus.ACTIVE;
    }

    public AwardStanding standing(LocalDate today) {
        if (status == AwardStatus.REVOKED) {
            return AwardStanding.REVOKED;
        }
        if (!today.isBefore(expiresOn)) {
            return AwardStanding.EXPIRED;
        }
        if (status == AwardStatus.SUSPENDED) {
            return AwardStanding.SUSPENDED;
        }
        return today.isBefore(expiresOn.minusDays(EXPIRING_DAYS)) ? AwardStanding.VALID : AwardStanding.EXPIRING;
    }

    public boolean renewableOn(LocalDate today) {
        return status != AwardStatus.REVOKED && !today.isBefore(expiresOn.minusMonths(RENEWAL_MONTHS));
    }

    public void suspend(String reason, Instant now) {
        if (status != AwardStatus.ACTIVE) {
            throw new IllegalStateException("Only an active award can be suspended.");
        }
        change(AwardStatus.SUSPENDED, reason, now);
    }

    public void reinstate(String reason, Instant now) {
        if (status != AwardStatus.SUSPENDED) {
            throw new IllegalStateException("Only a suspended award can be reinstated.");
        }
        change(AwardStatus.ACTIVE, reason, now);
    }

    public void revoke(String reason, Instant now) {
        if (status == AwardStatus.REVOKED) {
            throw new IllegalStateException("This award has already been revoked.");
        }
        change(AwardStatus.REVOKED, reason, now);
    }

    private void change(AwardStatus next, String reason, Instant now) {
        statusReason = StatusReason.require(reason);
        status = next;
        statusChangedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPracticeId() {
        return practiceId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public AwardStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public long getVersion() {
        return version;
    }
}
