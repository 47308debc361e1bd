package org.safesurgeries.portal.demo;

import org.safesurgeries.portal.declaration.ChecklistAnswer;
import org.safesurgeries.portal.declaration.DeclarationChoices.InterpreterAccess;
import org.safesurgeries.portal.declaration.DeclarationChoices.ItemStatus;
import org.safesurgeries.portal.declaration.DeclarationChoices.RegistrationRoute;
import org.safesurgeries.portal.declaration.DeclarationContent;
import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.declaration.SafeSurgeryStep;
import org.safesurgeries.portal.shared.LanguageCode;
import org.safesurgeries.portal.shared.UkCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demo declarations, made through the real service: a dozen Safe Surgeries, one withdrawn and one lapsed, and the
 * demo manager's first practice due for its yearly reconfirmation. Its second practice is left undeclared.
 */
@Component
@org.springframework.context.annotation.Profile("demo")
class DemoDeclarations {

    private static final List<String> DECLARED = List.of("Y90003", "Y90004", "Y90005", "Y90006", "Y90007", "Y90008",
            "Y90009", "Y90010", "Y90011", "Y90012", "Y90013", "Y90014");
    private static final String WITHDRAWN = "Y90015";
    private static final String LAPSED = "Y90016";
    private static final String RECONFIRMATION_DUE = "Y90001";
    private static final List<List<String>> LANGUAGES = List.of(List.of("ar", "ti", "prs"), List.of("fa", "ps"),
            List.of("ckb", "ar"), List.of("am", "om", "ti"), List.of("es", "pt"), List.of("uk", "ru", "pl"),
            List.of("tr", "ckb"), List.of("ar", "so"));

    private final DeclarationService declarations;
    private final JdbcTemplate jdbc;

    DemoDeclarations(DeclarationService declarations, JdbcTemplate jdbc) {
        this.declarations = declarations;
        this.jdbc = jdbc;
    }

    /** Runs as the system administrator; does nothing for a practice that already has declarations. */
    void create(Map<String, Long> practiceIds) {
        int i = 0;
        for (String code : DECLARED) {
            declare(practiceIds.get(code), LANGUAGES.get(i++ % LANGUAGES.size()));
        }
        if (declare(practiceIds.get(WITHDRAWN), List.of("ar"))) {
            declarations.withdraw(practiceIds.get(WITHDRAWN), "The practice merged with a neighbouring practice.");
        }
        if (declare(practiceIds.get(LAPSED), List.of("pl"))) {
            backdate(practiceIds.get(LAPSED), 16); // the lapse job at start lapses it
        }
        if (declare(practiceIds.get(RECONFIRMATION_DUE), List.of("ar", "ti", "bn"))) {
            backdate(practiceIds.get(RECONFIRMATION_DUE), 13);
        }
    }

    /** Declares each practice that has no declaration yet; returns how many it declared. */
    int declareAll(List<Long> practiceIds) {
        int declared = 0;
        for (long id : practiceIds) {
            if (declare(id, LANGUAGES.get((int) (id % LANGUAGES.size())))) {
                declared++;
            }
        }
        return declared;
    }

    private boolean declare(long practiceId, List<String> languages) {
        if (!declarations.history(practiceId).isEmpty()) {
            return false;
        }
        var draft = declarations.openDraft(practiceId);
        var content = new DeclarationContent(Arrays.stream(SafeSurgeryStep.values())
                .map(step -> step == SafeSurgeryStep.POSTERS && practiceId % 3 == 0
                        ? new ChecklistAnswer(step, ItemStatus.IN_PROGRESS, UkCalendar.today().plusMonths(2),
                                "Posters in more community languages are on order")
                        : new ChecklistAnswer(step, ItemStatus.IN_PLACE, null, null)).toList(),
                languages.stream().map(LanguageCode::parse).collect(Collectors.toSet()),
                practiceId % 2 == 0 ? InterpreterAccess.BOTH : InterpreterAccess.TELEPHONE, true,
                Set.of(RegistrationRoute.WALK_IN, RegistrationRoute.PAPER_FORM, RegistrationRoute.PHONE));
        var saved = declarations.saveDraft(practiceId, draft.entityVersion(), content);
        declarations.sign(practiceId, saved.entityVersion(), "Demo Signatory", "Practice Manager");
        return true;
    }

    // Demo only: move a fresh declaration into the past, so that reconfirmation and lapse show.
    private void backdate(long practiceId, int months) {
        jdbc.update("""
                update declaration set signed_on = date_sub(signed_on, interval ? month),
                    last_confirmed_on = date_sub(last_confirmed_on, interval ? month)
                where practice_id = ? and status = 'DECLARED'
                """, months, months, practiceId);
    }
}
