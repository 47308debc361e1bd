package org.safesurgeries.portal.registrationaudit;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.Outcome;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RefusalReason;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RegistrationType;
import org.safesurgeries.portal.shared.LanguageCode;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
@WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
class RegistrationTallyTest {

    @Autowired
    RegistrationTally tally;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twenty_desks_logging_at_once_lose_no_count() throws Exception {
        long practice = idOf("Y90002");
        var key = new TallyKey(tally.currentMonth().minusMonths(3), RegistrationType.TEMPORARY_RESIDENT,
                Set.of(MissingDocument.IMMIGRATION_DOCUMENTS), LanguageCode.parse("prs"), Outcome.PENDING, null);
        var pool = Executors.newFixedThreadPool(20);
        try {
            var desks = new ArrayList<Callable<Void>>();
            for (int desk = 0; desk < 20; desk++) {
                desks.add(() -> {
                    SystemAuthentication.run(() -> {
                        for (int i = 0; i < 500; i++) {
                            tally.log(practice, key);
                        }
                    });
                    return null;
                });
            }
            for (var done : pool.invokeAll(desks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("""
                select registrations from registration_tally where practice_id = ? and month = ?
                and registration_type = 'TEMPORARY_RESIDENT' and interpreter_language = 'prs'""", Integer.class,
                practice, key.month().toString())).isEqualTo(10_000);
        assertThat(jdbc.queryForObject("select count(*) from registration_tally where practice_id = ? and month = ?",
                Integer.class, practice, key.month().toString())).as("one counter, not a row per registration").isOne();
    }

    @Test
    void undo_takes_back_one_and_never_goes_below_zero() {
        long practice = idOf("Y90001");
        var key = new TallyKey(tally.currentMonth(), RegistrationType.PERMANENT,
                Set.of(MissingDocument.PHOTO_ID, MissingDocument.PROOF_OF_ADDRESS), null, Outcome.REFUSED,
                RefusalReason.OUTSIDE_PRACTICE_AREA);
        tally.log(practice, key);
        tally.log(practice, key);
        assertThat(tally.undo(practice, key)).isTrue();
        assertThat(tally.undo(practice, key)).isTrue();
        assertThat(tally.undo(practice, key)).as("nothing left to take back").isFalse();

        var refused = tally.ownFigures(practice, 1).getFirst();
        assertThat(refused.month()).isEqualTo(tally.currentMonth());
    }

    @Test
    void a_practice_sees_its_own_exact_figures_month_by_month() {
        long practice = idOf("Y90001");
        var month = tally.currentMonth().minusMonths(1);
        var before = figures(practice, month);
        tally.log(practice, new TallyKey(month, RegistrationType.PERMANENT, Set.of(MissingDocument.PHOTO_ID),
                LanguageCode.parse("ar"), Outcome.REGISTERED, null));
        tally.log(practice, new TallyKey(month, RegistrationType.PERMANENT, Set.of(MissingDocument.NHS_NUMBER), null,
                Outcome.REFUSED, RefusalReason.LIST_CLOSED));

        var after = figures(practice, month);
        assertThat(after.registrations() - before.registrations()).isEqualTo(2);
        assertThat(after.noPhotoId() - before.noPhotoId()).isEqualTo(1);
        assertThat(after.interpreterNeeded() - before.interpreterNeeded()).isEqualTo(1);
        assertThat(after.refused() - before.refused()).isEqualTo(1);
    }

    @Test
    void a_practice_manager_cannot_log_or_read_another_practices_tally() {
        long other = idOf("Y90003");
        var key = new TallyKey(tally.currentMonth(), RegistrationType.PERMANENT, Set.of(), null, Outcome.REGISTERED,
                null);
        assertThatThrownBy(() -> tally.log(other, key)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tally.ownFigures(other, 12)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_future_cannot_be_logged() {
        var key = new TallyKey(tally.currentMonth().plusMonths(1), RegistrationType.PERMANENT, Set.of(), null,
                Outcome.REGISTERED, null);
        assertThatThrownBy(() -> tally.log(idOf("Y90001"), key)).hasMessageContaining("future month");
    }

    private RegistrationTally.MonthFigures figures(long practice, java.time.YearMonth month) {
        return tally.ownFigures(practice, 12).stream().filter(f -> f.month().equals(month)).findFirst()
                .orElse(new RegistrationTally.MonthFigures(month, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    private long idOf(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }
}
