package org.safesurgeries.portal.award;

import org.safesurgeries.portal.award.AwardChoices.Section;
import org.safesurgeries.portal.shared.TypedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an administrator edits before publishing the next criteria version. A criterion carried over keeps its code
 * (null for a new one). {@link #problems()} lists, in plain words, what stops it from being published.
 */
public record CriteriaDraft(Map<Section, Integer> minimums, List<CriterionDraft> criteria, String changeNote) {

    public static final int MAX_TITLE = 160;
    public static final int MAX_GUIDANCE = 2000;

    public record CriterionDraft(String code, Section section, String title, String applicantGuidance,
                                 String reviewerGuidance) {
    }

    public static CriteriaDraft of(CriteriaSet set) {
        return new CriteriaDraft(set.minimums(), set.criteria().stream().map(c -> new CriterionDraft(c.code(),
                c.section(), c.title(), c.applicantGuidance(), c.reviewerGuidance())).toList(), "");
    }

    public List<String> problems() {
        var problems = new ArrayList<String>();
        for (var section : Section.values()) {
            int minimum = minimums.getOrDefault(section, 0);
            long count = criteria.stream().filter(c -> c.section() == section).count();
            if (minimum < 0 || minimum > 20) {
                problems.add(section.label() + ": the minimum must be between 0 and 20.");
            } else if (count < minimum) {
                problems.add(section.label() + ": it asks for at least " + minimum + " evidenced criteria but has only "
                        + count + ", so no application could be submitted.");
            }
        }
        int position = 0;
        for (var c : criteria) {
            position++;
            // A title that cannot be kept is not repeated in the messages (it may hold patient data).
            String title = blank(c.title()) ? "" : c.title().strip();
            String which = "Criterion " + position + (title.isEmpty() || TypedText.problemInLine(title).isPresent()
                    ? "" : " (" + title + ")");
            if (blank(c.title())) {
                problems.add(which + ": enter a title.");
            } else if (c.title().strip().length() > MAX_TITLE) {
                problems.add(which + ": the title can be at most " + MAX_TITLE + " characters.");
            }
            if (blank(c.applicantGuidance()) || blank(c.reviewerGuidance())) {
                problems.add(which + ": enter guidance for applicants and for reviewers.");
            } else if (c.applicantGuidance().strip().length() > MAX_GUIDANCE
                    || c.reviewerGuidance().strip().length() > MAX_GUIDANCE) {
                problems.add(which + ": guidance can be at most " + MAX_GUIDANCE + " characters.");
            }
            TypedText.problemInLine(title).ifPresent(problem -> problems.add(which + ", title: " + problem));
            TypedText.problemInText(c.applicantGuidance())
                    .ifPresent(problem -> problems.add(which + ", guidance for applicants: " + problem));
            TypedText.problemInText(c.reviewerGuidance())
                    .ifPresent(problem -> problems.add(which + ", guidance for reviewers: " + problem));
        }
        if (changeNote != null && changeNote.strip().length() > 500) {
            problems.add("The change note can be at most 500 characters.");
        }
        TypedText.problemInText(changeNote).ifPresent(problem -> problems.add("The change note: " + problem));
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
