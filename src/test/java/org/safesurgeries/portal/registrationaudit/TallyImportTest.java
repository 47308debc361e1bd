package org.safesurgeries.portal.registrationaudit;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
@WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
class TallyImportTest {

    @Autowired
    TallyImport tallyImport;

    @Autowired
    RegistrationTally tally;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_clean_file_is_added_whole_with_progress_and_a_summary() {
        long practice = idOf("Y90002");
        var month = tally.currentMonth().minusMonths(5);
        var file = new StringBuilder(TallyCsv.HEADER);
        for (int i = 0; i < 12_000; i++) {
            // 12,000 rows over 4 combinations, one row per registration as some clinical systems export them.
            file.append(month).append(",permanent,").append(i % 2 == 0 ? "yes" : "no").append(",no,no,no,")
                    .append(i % 3 == 0 ? "ti" : "").append(",registered,,1\n");
        }
        long before = total(practice, month.toString());
        var progress = new ArrayList<Integer>();

        var summary = tallyImport.importFile(practice, bytes(file.toString()), (done, all) -> {
            assertThat(all).as("the four different counters").isEqualTo(4);
            progress.add(done);
        });

        assertThat(summary.rows()).isEqualTo(12_000);
        assertThat(summary.registrations()).isEqualTo(12_000);
        assertThat(summary.byMonth()).containsEntry(month, 12_000L).hasSize(1);
        assertThat(progress).containsExactly(4);
        assertThat(total(practice, month.toString()) - before).isEqualTo(12_000);
        assertThat(jdbc.queryForObject("select registrations from registration_month where practice_id = ? and "
                + "month = ?", Long.class, practice, month.toString()) - before).isEqualTo(12_000);
    }

    @Test
    void a_file_with_one_bad_line_imports_nothing_and_says_where() {
        long practice = idOf("Y90001");
        var month = tally.currentMonth();
        long before = total(practice, month.toString());
        var file = TallyCsv.HEADER + month + ",permanent,yes,no,no,no,,registered,,9\n"
                + month + ",permanent,yes,no,no,no,,registered,,9\n"
                + month + ",permanent,yes,no,no,no,zz,registered,,9\n";

        assertThatThrownBy(() -> tallyImport.importFile(practice, bytes(file), (done, all) -> { }))
                .isInstanceOfSatisfying(TallyImport.FileRejected.class, rejected -> {
                    assertThat(rejected.getMessage()).isEqualTo("The file has 1 problem, so nothing was imported.");
                    assertThat(rejected.reading().problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.line()).isEqualTo(4);
                        assertThat(problem.column()).isEqualTo("interpreter_language");
                    });
                });
        assertThat(total(practice, month.toString())).isEqualTo(before);
    }

    @Test
    void a_combination_above_10000_in_all_is_added_in_full() {
        long practice = idOf("Y90002");
        var month = tally.currentMonth().minusMonths(6);
        String row = month + ",immediately_necessary,yes,yes,yes,yes,ps,pending,,9000\n";
        long before = total(practice, month.toString());
        tallyImport.importFile(practice, bytes(TallyCsv.HEADER + row + row + row), (done, all) -> { });
        assertThat(total(practice, month.toString()) - before).isEqualTo(27_000);
    }

    @Test
    void a_problem_after_some_counters_were_written_rolls_all_of_them_back() {
        long practice = idOf("Y90002");
        var month = tally.currentMonth().minusMonths(8);
        long before = total(practice, month.toString());
        var file = new StringBuilder(TallyCsv.HEADER);
        for (var language : List.of("ar", "fa", "ti", "so", "ps", "ur")) {
            file.append(month).append(",permanent,no,no,no,no,").append(language).append(",registered,,2\n");
        }
        file.append(month).append(",permanent,no,no,no,no,,registered,,-1\n");
        tallyImport.holdAtMost(2);
        try {
            assertThatThrownBy(() -> tallyImport.importFile(practice, bytes(file.toString()), (done, all) -> { }))
                    .isInstanceOf(TallyImport.FileRejected.class);
        } finally {
            tallyImport.holdAtMost(TallyImport.MAX_SUMS_HELD);
        }
        assertThat(total(practice, month.toString())).as("the counters written before the problem").isEqualTo(before);
    }

    @Test
    void a_practice_manager_cannot_import_into_another_practice() {
        var file = TallyCsv.template(tally.currentMonth());
        assertThatThrownBy(() -> tallyImport.importFile(idOf("Y90003"), bytes(file), (done, all) -> { }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tallyImport.check(idOf("Y90003"), bytes(file)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    void a_trainer_cannot_import_at_all() {
        assertThatThrownBy(() -> tallyImport.check(idOf("Y90001"), bytes(TallyCsv.template(tally.currentMonth()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long total(long practice, String month) {
        return jdbc.queryForObject("select coalesce(sum(registrations), 0) from registration_tally where practice_id = ?"
                + " and month = ?", Long.class, practice, month);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long idOf(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }
}
