package org.safesurgeries.portal.registrationaudit;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.Outcome;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RefusalReason;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RegistrationType;
import org.safesurgeries.portal.registrationaudit.RegistrationTally.Count;
import org.safesurgeries.portal.shared.LanguageCode;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        assertMonthTotalsMatchTheTally();
    }

    @Test
    void adding_a_months_figures_is_all_or_nothing_and_keeps_the_month_totals_right() {
        long practice = idOf("Y90001");
        var month = tally.currentMonth().minusMonths(2);
        var registered = new TallyKey(month, RegistrationType.PERMANENT, Set.of(MissingDocument.PHOTO_ID,
                MissingDocument.NHS_NUMBER), LanguageCode.parse("ps"), Outcome.REGISTERED, null);
        var refused = new TallyKey(month, RegistrationType.IMMEDIATELY_NECESSARY, Set.of(), null, Outcome.REFUSED,
                RefusalReason.OTHER);
        var before = figures(practice, month);
        tally.add(practice, List.of(new Count(registered, 12), new Count(refused, 3), new Count(registered, 5),
                new Count(refused, 0)));
        var after = figures(practice, month);
        assertThat(after.registrations() - before.registrations()).isEqualTo(20);
        assertThat(after.noNhsNumber() - before.noNhsNumber()).isEqualTo(17);
        assertThat(after.refused() - before.refused()).isEqualTo(3);
        assertMonthTotalsMatchTheTally();

        var tooOld = new TallyKey(tally.currentMonth().minusMonths(13), RegistrationType.PERMANENT, Set.of(), null,
                Outcome.REGISTERED, null);
        assertThatThrownBy(() -> tally.add(practice, List.of(new Count(registered, 4), new Count(tooOld, 1))))
                .hasMessageContaining("last 12 months");
        assertThat(figures(practice, month)).as("nothing of a refused batch is added").isEqualTo(after);
        assertThatThrownBy(() -> new Count(registered, -1)).hasMessageContaining("0 to 10,000");
        assertThatThrownBy(() -> new Count(registered, 10_001)).hasMessageContaining("0 to 10,000");
    }

    @Test
    void a_practice_can_read_back_every_counter_it_holds() {
        long practice = idOf("Y90002");
        var month = tally.currentMonth().minusMonths(4);
        var key = new TallyKey(month, RegistrationType.TEMPORARY_RESIDENT, Set.of(MissingDocument.PROOF_OF_ADDRESS),
                LanguageCode.parse("ckb"), Outcome.REFUSED, RefusalReason.LIST_CLOSED);
        tally.add(practice, List.of(new Count(key, 6)));
        assertThat(tally.ownCounts(practice, 12)).contains(new Count(key, 6));
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
        assertMonthTotalsMatchTheTally();
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

    /** The month totals against the tally itself, summed here with SQL of its own (the oracle). */
    private void assertMonthTotalsMatchTheTally() {
        var fromTally = jdbc.queryForList("""
                select month, practice_id, sum(registrations) a,
                       sum(if(no_photo_id and outcome = 'REGISTERED', registrations, 0)) b,
                       sum(if(no_proof_of_address and outcome = 'REGISTERED', registrations, 0)) c,
                       sum(if(no_immigration_documents and outcome = 'REGISTERED', registrations, 0)) d,
                       sum(if(no_nhs_number and outcome = 'REGISTERED', registrations, 0)) e,
                       sum(if(interpreter_language <> '', registrations, 0)) f,
                       sum(if(outcome = 'REGISTERED', registrations, 0)) g,
                       sum(if(outcome = 'PENDING', registrations, 0)) h,
                       sum(if(outcome = 'REFUSED', registrations, 0)) i
                from registration_tally group by month, practice_id having sum(registrations) > 0
                order by month, practice_id""");
        var totals = jdbc.queryForList("""
                select month, practice_id, registrations a, registered_without_photo_id b,
                       registered_without_proof_of_address c, registered_without_immigration_documents d,
                       registered_without_nhs_number e, interpreter_needed f, registered g, pending h, refused i
                from registration_month where registrations > 0 order by month, practice_id""");
        assertThat(totals.toString()).isEqualTo(fromTally.toString());
        for (var area : List.of("region", "icb")) {
            var byArea = jdbc.queryForList("""
                    select m.month, coalesce(p.%1$s_code, '') area, sum(m.registrations) a,
                           sum(m.registered_without_nhs_number) e, sum(m.interpreter_needed) f, sum(m.refused) i
                    from registration_month m join practice p on p.id = m.practice_id
                    group by m.month, 2 having sum(m.registrations) > 0 order by 1, 2""".formatted(area));
            var areaTotals = jdbc.queryForList("""
                    select month, area_code area, registrations a, registered_without_nhs_number e, interpreter_needed f,
                           refused i from registration_area_month where area_type = ? and registrations > 0
                    order by 1, 2""", area.toUpperCase(Locale.ROOT));
            assertThat(areaTotals.toString()).as(area + " month totals").isEqualTo(byArea.toString());
        }
    }

    private long idOf(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }
}
