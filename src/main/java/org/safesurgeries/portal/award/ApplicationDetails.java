package org.safesurgeries.portal.award;

import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An application with everything its page shows: the criteria it was made under, the narratives, the evidence
 * files and the progress. {@code version} guards the application's state against a concurrent change; each
 * narrative has its own version, so two criteria can be edited side by side.
 */
public record ApplicationDetails(long id, long practiceId, String practiceName, String odsCode,
                                 ApplicationStatus status, int round, Instant startedAt, Instant statusSince,
                                 Instant submittedAt, Long renewalOfAwardId, CriteriaSet criteria,
                                 Map<Long, Narrative> narratives, List<Evidence> evidence, ApplicationProgress progress,
                                 long version) {

    public record Narrative(String text, long version, Instant updatedAt) {
        public static final Narrative NONE = new Narrative("", -1, null);
    }

    public record Evidence(long id, long criterionId, String fileName, String kindLabel, long size, String sha256,
                           Instant uploadedAt) {
    }

    public Narrative narrative(long criterionId) {
        return narratives.getOrDefault(criterionId, Narrative.NONE);
    }

    public List<Evidence> evidenceFor(long criterionId) {
        return evidence.stream().filter(e -> e.criterionId() == criterionId).toList();
    }

    public long evidenceBytes() {
        return evidence.stream().mapToLong(Evidence::size).sum();
    }

    public String practiceLabel() {
        return practiceName + " (" + odsCode + ")";
    }
}
