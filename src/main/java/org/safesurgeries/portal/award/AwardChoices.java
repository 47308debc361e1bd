package org.safesurgeries.portal.award;

import java.util.EnumSet;
import java.util.Set;

/** The fixed vocabularies of the award: sections, application states, ratings, outcomes and award states. */
public final class AwardChoices {

    private AwardChoices() {
    }

    /** City of Sanctuary's three principles, which become the application's sections. */
    public enum Section {
        LEARN("Learn", "What it means to seek sanctuary: awareness in the whole team."),
        EMBED("Embed", "Positive action that makes welcome and inclusion part of policy and practice."),
        SHARE("Share", "Sharing the vision and achievements with others: other practices, the ICB, the community.");

        private final String label;
        private final String purpose;

        Section(String label, String purpose) {
            this.label = label;
            this.purpose = purpose;
        }

        public String label() {
            return label;
        }

        public String purpose() {
            return purpose;
        }
    }

    public enum ApplicationStatus {
        DRAFT("Draft"),
        SUBMITTED("Submitted"),
        UNDER_REVIEW("Under review"),
        CHANGES_REQUESTED("Changes requested"),
        AWARDED("Awarded"),
        NOT_AWARDED("Not awarded"),
        WITHDRAWN("Withdrawn");

        /** Still in progress: a practice has at most one such application (the database keeps it so). */
        public static final Set<ApplicationStatus> OPEN = EnumSet.of(DRAFT, SUBMITTED, UNDER_REVIEW, CHANGES_REQUESTED);

        private final String label;

        ApplicationStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isOpen() {
            return OPEN.contains(this);
        }

        /** The practice can edit narratives and evidence. */
        public boolean editableByPractice() {
            return this == DRAFT || this == CHANGES_REQUESTED;
        }

        /** Waiting for the panel: these count against the review-time target. */
        public boolean withPanel() {
            return this == SUBMITTED || this == UNDER_REVIEW;
        }
    }

    /** A reviewer's view of one criterion. The score measures how far two reviewers disagree. */
    public enum Rating {
        MET("Met", 2),
        PARTLY_MET("Partly met", 1),
        NOT_MET("Not met", 0);

        private final String label;
        private final int score;

        Rating(String label, int score) {
            this.label = label;
            this.score = score;
        }

        public String label() {
            return label;
        }

        public int score() {
            return score;
        }
    }

    public enum Outcome {
        AWARD("Award", ApplicationStatus.AWARDED),
        NOT_AWARD("Not award", ApplicationStatus.NOT_AWARDED),
        REQUEST_CHANGES("Request changes", ApplicationStatus.CHANGES_REQUESTED);

        private final String label;
        private final ApplicationStatus leadsTo;

        Outcome(String label, ApplicationStatus leadsTo) {
            this.label = label;
            this.leadsTo = leadsTo;
        }

        public String label() {
            return label;
        }

        public ApplicationStatus leadsTo() {
            return leadsTo;
        }
    }

    /** What reviewers set on an award; expiry is read from the dates (see {@link AwardStanding}). */
    public enum AwardStatus {
        ACTIVE, SUSPENDED, REVOKED
    }

    /** How an award stands today, as the practice, the panel and the directory see it. */
    public enum AwardStanding {
        VALID("Valid"),
        EXPIRING("Expiring soon"),
        EXPIRED("Expired"),
        SUSPENDED("Suspended"),
        REVOKED("Revoked");

        private final String label;

        AwardStanding(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The practice may call itself a Surgery of Sanctuary. */
        public boolean current() {
            return this == VALID || this == EXPIRING;
        }
    }
}
