package org.safesurgeries.portal.award;

import org.safesurgeries.portal.award.AwardChoices.Section;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** A published version of the criteria: per section, the criteria and the minimum number evidenced. */
public record CriteriaSet(long id, int versionNumber, Instant publishedAt, String publishedBy, String changeNote,
                          Map<Section, Integer> minimums, List<Criterion> criteria) {

    public record Criterion(long id, String code, Section section, String title, String applicantGuidance,
                            String reviewerGuidance) {
    }

    public List<Criterion> of(Section section) {
        return criteria.stream().filter(c -> c.section() == section).toList();
    }

    public int minimum(Section section) {
        return minimums.getOrDefault(section, 0);
    }

    public Criterion criterion(long criterionId) {
        return criteria.stream().filter(c -> c.id() == criterionId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("This criterion is not part of the application."));
    }

    public List<Long> criterionIds() {
        return criteria.stream().map(Criterion::id).toList();
    }
}
