package org.safesurgeries.portal.award;

import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;

import java.time.Instant;

/** The review queue's filter and rows. */
public final class ReviewQueue {

    private ReviewQueue() {
    }

    /**
     * {@code status} null means "with the panel" (submitted or under review); {@code minDaysWaiting} null means any.
     */
    public record Filter(ApplicationStatus status, String region, Integer minDaysWaiting, boolean overdueOnly) {
        public static final Filter WITH_PANEL = new Filter(null, null, null, false);
    }

    public record Row(long applicationId, String practiceName, String odsCode, String region, ApplicationStatus status,
                      int round, boolean renewal, Instant statusSince, long daysWaiting, boolean overdue,
                      int panelSize, int assessmentsSubmitted) {
    }
}
