package org.safesurgeries.portal.hostile;

import org.safesurgeries.portal.award.AwardApplicationService;
import org.safesurgeries.portal.award.AwardFixtures;
import org.safesurgeries.portal.declaration.ChecklistAnswer;
import org.safesurgeries.portal.declaration.DeclarationChoices.InterpreterAccess;
import org.safesurgeries.portal.declaration.DeclarationChoices.ItemStatus;
import org.safesurgeries.portal.declaration.DeclarationChoices.RegistrationRoute;
import org.safesurgeries.portal.declaration.DeclarationContent;
import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.declaration.SafeSurgeryStep;
import org.safesurgeries.portal.shared.LanguageCode;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Arrays;
import java.util.Set;

import static org.safesurgeries.portal.award.AwardFixtures.ADMIN;
import static org.safesurgeries.portal.award.AwardFixtures.as;

/** What the form tests need in place before a value is typed, and reading back what was stored. */
final class FormFixtures {

    /** A draft award application and its first criterion. */
    record Draft(long id, long firstCriterion) {
    }

    private final AwardFixtures award;
    private final AwardApplicationService applications;
    private final DeclarationService declarations;
    private final JdbcTemplate jdbc;

    FormFixtures(AwardFixtures award, AwardApplicationService applications, DeclarationService declarations,
                 JdbcTemplate jdbc) {
        this.award = award;
        this.applications = applications;
        this.declarations = declarations;
        this.jdbc = jdbc;
    }

    long practice(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }

    /** The first column of the first row, or null when there is none. */
    String one(String sql, Object... args) {
        var rows = jdbc.queryForList(sql, String.class, args);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    /** A fresh draft application of the (declared) practice, without narratives, made eligible first. */
    Draft draftApplication(String odsCode) {
        long practiceId = award.eligible(odsCode);
        jdbc.update("update award_application set status = 'WITHDRAWN' where practice_id = ? and status in "
                + "('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED')", practiceId);
        var application = as(ADMIN, "ADMIN", () -> applications.start(practiceId));
        return new Draft(application.id(), application.criteria().criteria().getFirst().id());
    }

    /** A draft declaration with every step in place, ready to sign; its id. */
    long completeDraft(long practiceId) {
        var draft = declarations.openDraft(practiceId);
        var content = new DeclarationContent(Arrays.stream(SafeSurgeryStep.values())
                .map(s -> new ChecklistAnswer(s, ItemStatus.IN_PLACE, null, null)).toList(),
                Set.of(LanguageCode.parse("ar")), InterpreterAccess.BOTH, true, Set.of(RegistrationRoute.WALK_IN));
        return declarations.saveDraft(practiceId, draft.entityVersion(), content).id();
    }

    long newestSession(long practiceId) {
        return jdbc.queryForObject("select coalesce(max(session_id), 0) from training_attendance where practice_id = ?",
                Long.class, practiceId);
    }

    long newestCheck(long practiceId) {
        return jdbc.queryForObject("select coalesce(max(id), 0) from mystery_shopper_check where practice_id = ?",
                Long.class, practiceId);
    }
}
