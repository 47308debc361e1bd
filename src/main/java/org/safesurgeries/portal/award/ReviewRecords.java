package org.safesurgeries.portal.award;

import org.safesurgeries.portal.award.AwardChoices.Outcome;
import org.safesurgeries.portal.award.AwardChoices.Rating;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assessments and decisions as the panel and the practice read them. */
public final class ReviewRecords {

    private ReviewRecords() {
    }

    /** What a reviewer enters for one criterion; the private note is for the panel only. */
    public record RatingInput(Rating rating, String commentForPractice, String privateNote) {
    }

    public record AssessmentView(long accountId, String reviewerName, boolean livedExperience, int round,
                                 boolean submitted, Map<Long, RatingInput> ratings, long version) {
        public static AssessmentView none(long accountId, String name, int round) {
            return new AssessmentView(accountId, name, false, round, false, Map.of(), -1);
        }
    }

    /**
     * The assessments of the current round that this reviewer may read (their own always; the others only once
     * theirs is submitted, or when they lead without sitting on the panel), and the criteria with strong
     * disagreement among the submitted ones.
     */
    public record PanelAssessments(AssessmentView mine, List<AssessmentView> others, boolean othersHidden,
                                   Set<Long> strongDisagreements) {
    }

    /** A decided round as the practice sees it: never private notes, never reviewers' names. */
    public record PanelFeedback(int round, Outcome outcome, String rationale, Instant decidedAt,
                                Map<Long, String> changesNeeded, Map<Long, List<String>> commentsForPractice) {
    }
}
