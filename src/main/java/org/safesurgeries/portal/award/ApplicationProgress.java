package org.safesurgeries.portal.award;

import org.safesurgeries.portal.award.AwardChoices.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far an application has come. A criterion is evidenced when it has a narrative and at least one evidence file;
 * a section is complete when at least its minimum number of criteria are evidenced; the application can be
 * submitted when every section is complete.
 */
public record ApplicationProgress(List<SectionProgress> sections, Set<Long> evidencedCriteria) {

    public record SectionProgress(Section section, int evidenced, int minimum, int criteria) {
        public boolean complete() {
            return evidenced >= minimum;
        }

        public String summary() {
            return section.label() + ": " + evidenced + " of at least " + minimum + " criteria evidenced";
        }
    }

    /** {@code narratives} by criterion id (blank counts as none), {@code files} the number of files per criterion. */
    public static ApplicationProgress of(CriteriaSet criteria, Map<Long, String> narratives, Map<Long, Long> files) {
        var evidenced = new java.util.HashSet<Long>();
        for (var c : criteria.criteria()) {
            String narrative = narratives.get(c.id());
            if (narrative != null && !narrative.isBlank() && files.getOrDefault(c.id(), 0L) > 0) {
                evidenced.add(c.id());
            }
        }
        var sections = new ArrayList<SectionProgress>();
        for (var section : Section.values()) {
            var inSection = criteria.of(section);
            int done = (int) inSection.stream().filter(c -> evidenced.contains(c.id())).count();
            sections.add(new SectionProgress(section, done, criteria.minimum(section), inSection.size()));
        }
        return new ApplicationProgress(List.copyOf(sections), Set.copyOf(evidenced));
    }

    public boolean evidenced(long criterionId) {
        return evidencedCriteria.contains(criterionId);
    }

    /** What stops submission, one line per incomplete section. */
    public List<String> incomplete() {
        return sections.stream().filter(s -> !s.complete()).map(SectionProgress::summary).toList();
    }

    /** Share of the required criteria evidenced, 0–1, for the progress bar. */
    public double fraction() {
        int required = sections.stream().mapToInt(SectionProgress::minimum).sum();
        if (required == 0) {
            return 1;
        }
        int done = sections.stream().mapToInt(s -> Math.min(s.evidenced(), s.minimum())).sum();
        return (double) done / required;
    }
}
