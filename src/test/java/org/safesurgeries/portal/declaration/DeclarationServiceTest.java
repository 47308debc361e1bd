package org.safesurgeries.portal.declaration;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.declaration.DeclarationChoices.DeclarationStatus;
import org.safesurgeries.portal.declaration.DeclarationChoices.ItemStatus;
import org.safesurgeries.portal.declaration.domain.DeclarationBlocked;
import org.safesurgeries.portal.practice.EpraccurImporter;
import org.safesurgeries.portal.practice.EpraccurRows;
import org.safesurgeries.portal.practice.ImportProgress;
import org.safesurgeries.portal.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Duration;
import java.util.HashSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@PortalTest
@WithMockUser(username = "admin@demo.safesurgery.example", roles = "ADMIN")
class DeclarationServiceTest {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 50_000));

    @Autowired
    DeclarationService declarations;

    @Autowired
    DeclarationLapses lapses;

    @Autowired
    EpraccurImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_change_after_signing_is_a_new_version_and_the_old_one_is_kept_as_signed() {
        long practice = newPractice();
        var first = declare(practice, DeclarationRulesTest.complete());

        var draft = declarations.openDraft(practice);
        assertThat(draft.versionNumber()).isEqualTo(2);
        assertThat(draft.content()).as("starts from the last version").isEqualTo(first.content());
        var languages = new HashSet<>(first.content().languages());
        languages.add(LanguageCode.parse("prs"));
        var changed = new DeclarationContent(first.content().answers(), languages,
                first.content().interpreterAccess(), first.content().careOfAddressAccepted(),
                first.content().registrationRoutes());
        var saved = declarations.saveDraft(practice, draft.entityVersion(), changed);
        declarations.sign(practice, saved.entityVersion(), "Sam Lee", "Deputy Practice Manager");

        var history = declarations.history(practice);
        assertThat(history).extracting(DeclarationVersion::versionNumber).containsExactly(2, 1);
        assertThat(history.get(0).status()).isEqualTo(DeclarationStatus.DECLARED);
        assertThat(history.get(0).changes()).containsExactly("Languages added: Dari");
        assertThat(history.get(1).status()).isEqualTo(DeclarationStatus.SUPERSEDED);
        assertThat(history.get(1).content()).isEqualTo(first.content());
        assertThat(history.get(1).signatoryName()).isEqualTo("Priya Patel");
        assertThat(history.get(1).commitmentText()).startsWith("We declare our practice a Safe Surgery.");
    }

    @Test
    void a_second_editor_with_a_stale_draft_is_told_and_overwrites_nothing() {
        long practice = newPractice();
        var opened = declarations.openDraft(practice);
        var first = declarations.saveDraft(practice, opened.entityVersion(), DeclarationRulesTest.complete());

        assertThatThrownBy(() -> declarations.saveDraft(practice, opened.entityVersion(), DeclarationContent.empty()))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("Someone else changed this draft");
        assertThat(declarations.openDraft(practice).content()).isEqualTo(first.content());
    }

    @Test
    void a_draft_with_a_blocking_step_cannot_be_signed() {
        long practice = newPractice();
        var opened = declarations.openDraft(practice);
        var saved = declarations.saveDraft(practice, opened.entityVersion(), DeclarationRulesTest.withStep(
                DeclarationRulesTest.complete(), ChecklistAnswer.notYet(SafeSurgeryStep.PROOF_OF_IDENTITY)));

        assertThatThrownBy(() -> declarations.sign(practice, saved.entityVersion(), "A Person", "Manager"))
                .isInstanceOf(DeclarationBlocked.class).hasMessageContaining("Step 2");
        assertThat(declarations.standing(practice).isSafeSurgery()).isFalse();
    }

    @Test
    void withdrawing_is_recorded_with_its_reason_and_audited() {
        long practice = newPractice();
        var signed = declare(practice, DeclarationRulesTest.complete());

        declarations.withdraw(practice, "Practice closing at the end of the month");

        var standing = declarations.standing(practice);
        assertThat(standing.isSafeSurgery()).isFalse();
        assertThat(standing.latestSigned().orElseThrow().withdrawalReason())
                .isEqualTo("Practice closing at the end of the month");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'DECLARATION_WITHDRAWN' and entity_id = ?",
                Integer.class, Long.toString(signed.id())) == 1);
    }

    @Test
    void the_lapse_job_lapses_an_unconfirmed_declaration_once() {
        long practice = newPractice();
        var signed = declare(practice, DeclarationRulesTest.complete());
        jdbc.update("update declaration set last_confirmed_on = date_sub(curdate(), interval 15 month) where id = ?",
                signed.id());

        assertThat(lapses.lapseOverdue()).isPositive();
        assertThat(lapses.lapseOverdue()).as("nothing left to lapse").isZero();

        var lapsed = declarations.history(practice).getFirst();
        assertThat(lapsed.status()).isEqualTo(DeclarationStatus.LAPSED);
        assertThat(lapsed.lapsedOn()).isNotNull();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'DECLARATION_LAPSED' and entity_id = ?",
                Integer.class, Long.toString(signed.id())) == 1);
    }

    @Test
    void reconfirming_restarts_the_year_and_is_recorded() {
        long practice = newPractice();
        var signed = declare(practice, DeclarationRulesTest.complete());
        jdbc.update("update declaration set last_confirmed_on = date_sub(curdate(), interval 13 month) where id = ?",
                signed.id());
        assertThat(declarations.standing(practice).reconfirmationDue()).isTrue();

        declarations.reconfirm(practice);

        assertThat(declarations.standing(practice).reconfirmationDue()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from declaration_reconfirmation where declaration_id = ?",
                Integer.class, signed.id())).isOne();
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void a_practice_manager_cannot_see_or_draft_another_practices_declaration() {
        long other = jdbc.queryForObject("select id from practice where ods_code = 'Y90003'", Long.class);
        assertThatThrownBy(() -> declarations.openDraft(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> declarations.history(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> declarations.standing(other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    void a_trainer_reads_any_history_but_cannot_draft() {
        long declared = jdbc.queryForObject("select id from practice where ods_code = 'Y90003'", Long.class);
        assertThat(declarations.history(declared)).isNotEmpty();
        assertThatThrownBy(() -> declarations.openDraft(declared)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private DeclarationVersion declare(long practice, DeclarationContent content) {
        var draft = declarations.openDraft(practice);
        var saved = declarations.saveDraft(practice, draft.entityVersion(), content);
        return declarations.sign(practice, saved.entityVersion(), "Priya Patel", "Practice Manager");
    }

    private long newPractice() {
        String code = "D%05d".formatted(NEXT.incrementAndGet() % 100_000);
        importer.importFile(EpraccurRows.file().practice(code, "Declaring Surgery " + code, "NR2 1AB", "A").bytes(),
                "test.csv", ImportProgress.NONE);
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, code);
    }
}
