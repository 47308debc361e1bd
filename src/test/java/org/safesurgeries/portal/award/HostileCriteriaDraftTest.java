package org.safesurgeries.portal.award;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.award.AwardChoices.Section;
import org.safesurgeries.portal.award.CriteriaDraft.CriterionDraft;
import org.safesurgeries.portal.shared.HostileInputs;
import org.safesurgeries.portal.shared.HostileOutcomes;
import org.safesurgeries.portal.shared.HostileOutcomes.Field;
import org.safesurgeries.portal.shared.HostileOutcomes.Result;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The award criteria an administrator publishes, with every hostile value as a title, as guidance and as the change
 * note: a value that cannot be kept is listed among the problems that stop publishing, and nothing else is.
 */
class HostileCriteriaDraftTest {

    private static final HostileOutcomes OUTCOMES = new HostileOutcomes("award criteria drafts (admin)");

    @AfterAll
    static void figures() {
        OUTCOMES.printSummary();
    }

    @Test
    void titles_guidance_and_change_notes() {
        sweep("criterion title", Field.ONE_LINE, v -> draft(v, "Guidance.", ""));
        sweep("guidance for applicants", Field.FREE_TEXT, v -> draft("A title", v, ""));
        sweep("change note", Field.FREE_TEXT, v -> draft("A title", "Guidance.", v));
        OUTCOMES.assertNoFailures(OUTCOMES.inputs());
    }

    private static CriteriaDraft draft(String title, String guidance, String changeNote) {
        return new CriteriaDraft(Map.of(Section.LEARN, 1, Section.EMBED, 0, Section.SHARE, 0),
                List.of(new CriterionDraft(null, Section.LEARN, title, guidance, "For reviewers.")), changeNote);
    }

    private static void sweep(String input, Field field, Function<String, CriteriaDraft> draft) {
        for (var value : HostileInputs.all()) {
            var problems = draft.apply(value.value()).problems();
            OUTCOMES.judge(input, field, value, problems.isEmpty() ? Result.stored(value.stored())
                    : Result.refused(String.join(" ", problems)));
        }
    }
}
