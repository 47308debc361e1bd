package org.safesurgeries.portal.award;

import java.util.List;

/**
 * Whether a practice can apply, explained: each condition with whether it is met and what it means for the
 * practice. A practice can start an application only when all are met.
 */
public record Eligibility(List<Condition> conditions) {

    public record Condition(String title, boolean met, String explanation) {
    }

    public boolean eligible() {
        return conditions.stream().allMatch(Condition::met);
    }

    public List<String> unmet() {
        return conditions.stream().filter(c -> !c.met()).map(c -> c.title() + ": " + c.explanation()).toList();
    }
}
