package org.safesurgeries.portal.declaration;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.declaration.DeclarationChoices.DeclarationStatus;
import org.safesurgeries.portal.declaration.DeclarationChoices.InterpreterAccess;
import org.safesurgeries.portal.declaration.DeclarationChoices.ItemStatus;
import org.safesurgeries.portal.declaration.DeclarationChoices.RegistrationRoute;
import org.safesurgeries.portal.declaration.domain.DeclarationBlocked;
import org.safesurgeries.portal.declaration.domain.SafeSurgeryDeclaration;
import org.safesurgeries.portal.declaration.domain.Signatory;
import org.safesurgeries.portal.shared.LanguageCode;
import org.safesurgeries.portal.shared.PatientDataRejected;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class DeclarationRulesTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Signatory SIGNATORY = new Signatory("Priya Patel", "Practice Manager");

    /** All seven steps in place and the practical information given. */
    public static DeclarationContent complete() {
        return new DeclarationContent(Arrays.stream(SafeSurgeryStep.values())
                .map(s -> new ChecklistAnswer(s, ItemStatus.IN_PLACE, null, null)).toList(),
                Set.of(LanguageCode.parse("ar"), LanguageCode.parse("ti")), InterpreterAccess.BOTH, true,
                Set.of(RegistrationRoute.WALK_IN, RegistrationRoute.PAPER_FORM));
    }

    static DeclarationContent withStep(DeclarationContent content, ChecklistAnswer answer) {
        var answers = new java.util.ArrayList<>(content.answers());
        answers.set(answer.step().ordinal(), answer);
        return new DeclarationContent(answers, content.languages(), content.interpreterAccess(),
                content.careOfAddressAccepted(), content.registrationRoutes());
    }

    static SafeSurgeryDeclaration signed(DeclarationContent content, LocalDate on) {
        var declaration = SafeSurgeryDeclaration.draft(1, 1, content, NOW);
        declaration.sign(SIGNATORY, 1, "We commit…", "manager@test.example", on, NOW);
        return declaration;
    }

    @Test
    void a_practice_cannot_declare_while_step_1_2_or_3_is_not_in_place() {
        var draft = SafeSurgeryDeclaration.draft(1, 1, withStep(complete(),
                new ChecklistAnswer(SafeSurgeryStep.IMMIGRATION_STATUS, ItemStatus.IN_PROGRESS, TODAY.plusMonths(1),
                        null)), NOW);

        assertThatThrownBy(() -> draft.sign(SIGNATORY, 1, "text", "m@test.example", TODAY, NOW))
                .isInstanceOfSatisfying(DeclarationBlocked.class, e -> assertThat(e.reasons()).singleElement()
                        .asString().contains("Step 3").contains("Immigration status never asked").contains("in progress"));
        assertThat(draft.getStatus()).isEqualTo(DeclarationStatus.DRAFT);
    }

    @Test
    void steps_4_to_7_may_still_be_in_progress_when_declaring() {
        var declaration = signed(withStep(complete(), new ChecklistAnswer(SafeSurgeryStep.POSTERS,
                ItemStatus.IN_PROGRESS, TODAY.plusMonths(2), "Ordering Dari posters")), TODAY);
        assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.DECLARED);
    }

    @Test
    void missing_practical_information_blocks_with_a_reason_each() {
        var content = new DeclarationContent(complete().answers(), Set.of(), null, null, Set.of());
        assertThat(content.blockingReasons()).hasSize(3)
                .anyMatch(r -> r.contains("interpreter")).anyMatch(r -> r.contains("care-of"))
                .anyMatch(r -> r.contains("way people can register"));
    }

    @Test
    void a_signed_declaration_is_immutable_and_keeps_what_was_signed() {
        var declaration = signed(complete(), TODAY);
        assertThatThrownBy(() -> declaration.edit(DeclarationContent.empty(), NOW))
                .hasMessageContaining("a signed declaration never changes");
        assertThatThrownBy(() -> declaration.sign(SIGNATORY, 1, "other", "x@test.example", TODAY, NOW))
                .hasMessageContaining("already been signed");
        assertThat(declaration.content()).isEqualTo(complete());
        assertThat(declaration.getCommitmentText()).isEqualTo("We commit…");
        assertThat(declaration.getSignatoryName()).isEqualTo("Priya Patel");
        assertThat(declaration.getSignedOn()).isEqualTo(TODAY);
    }

    @Test
    void withdrawing_needs_a_reason() {
        var declaration = signed(complete(), TODAY);
        assertThatThrownBy(() -> declaration.withdraw("  ", TODAY, NOW)).hasMessageContaining("Say why");
        declaration.withdraw("The practice is merging with another", TODAY, NOW);
        assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.WITHDRAWN);
        assertThat(declaration.getWithdrawalReason()).isEqualTo("The practice is merging with another");
    }

    @Test
    void a_declaration_lapses_15_months_after_its_last_confirmation_and_only_once() {
        var declaration = signed(complete(), LocalDate.of(2025, 1, 10));
        assertThat(declaration.lapseIfOverdue(LocalDate.of(2026, 4, 9), NOW)).isFalse();
        assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.DECLARED);

        assertThat(declaration.lapseIfOverdue(LocalDate.of(2026, 4, 10), NOW)).isTrue();
        assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.LAPSED);
        assertThat(declaration.lapseIfOverdue(LocalDate.of(2026, 4, 11), NOW)).as("already lapsed").isFalse();
    }

    @Test
    void reconfirmation_is_due_from_12_months_and_resets_the_clock() {
        var declaration = signed(complete(), LocalDate.of(2025, 1, 10));
        assertThat(declaration.reconfirmationDue(LocalDate.of(2026, 1, 9))).isFalse();
        assertThat(declaration.reconfirmationDue(LocalDate.of(2026, 1, 10))).isTrue();

        declaration.reconfirm(LocalDate.of(2026, 2, 1), NOW);

        assertThat(declaration.reconfirmationDue(LocalDate.of(2026, 2, 2))).isFalse();
        assertThat(declaration.lapsesOn()).isEqualTo(LocalDate.of(2027, 5, 1));
    }

    @Test
    void an_item_in_progress_needs_a_target_date() {
        assertThatThrownBy(() -> new ChecklistAnswer(SafeSurgeryStep.POSTERS, ItemStatus.IN_PROGRESS, null, null))
                .hasMessageContaining("give the date");
        assertThat(new ChecklistAnswer(SafeSurgeryStep.POSTERS, ItemStatus.IN_PLACE, TODAY, null).targetDate())
                .as("a target date means nothing once in place").isNull();
    }

    @Test
    void a_note_with_an_nhs_number_is_refused() {
        assertThatThrownBy(() -> new ChecklistAnswer(SafeSurgeryStep.PROOF_OF_ADDRESS, ItemStatus.IN_PLACE, null,
                "e.g. patient 943 476 5919 used the practice address"))
                .isInstanceOf(PatientDataRejected.class).hasMessageStartingWith("Step 1 note");
    }
}
