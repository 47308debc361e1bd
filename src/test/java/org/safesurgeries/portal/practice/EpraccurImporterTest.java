package org.safesurgeries.portal.practice;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
@WithMockUser(username = "importer@test.example", roles = "ADMIN")
class EpraccurImporterTest {

    @Autowired
    EpraccurImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PracticeService practices;

    @Test
    void only_gp_practices_are_imported_and_a_reimport_updates_and_closes() {
        var before = practices.networkCounts();
        var first = importer.importFile(EpraccurRows.file()
                .practice("A10001", "Alpha Surgery", "sw1a1aa", "A")
                .practice("A10002", "Beta Surgery", "E14 9XQ", "A")
                .row("A10003", "Gamma Walk-in Centre", "Y56", "ZT1", "E14 9XQ", "A", "1")
                .practice("A10004", "Delta Surgery (never open here)", "E14 9XQ", "C")
                .bytes(), "first.csv", ImportProgress.NONE);

        assertThat(first.added()).isEqualTo(2);
        assertThat(first.skipped()).isEqualTo(2);
        assertThat(first.rejected()).isEmpty();
        assertThat(practices.networkCounts().active()).as("the home page's counts, kept for a while, follow an import")
                .isEqualTo(before.active() + 2);
        assertThat(jdbc.queryForObject("select postcode from practice where ods_code = 'A10001'", String.class))
                .isEqualTo("SW1A 1AA");

        var second = importer.importFile(EpraccurRows.file()
                .practice("A10001", "Alpha Surgery (renamed)", "SW1A 1AA", "A")
                .practice("A10002", "Beta Surgery", "E14 9XQ", "C")
                .bytes(), "second.csv", ImportProgress.NONE);

        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.closed()).isEqualTo(1);
        assertThat(practices.networkCounts()).satisfies(counts -> {
            assertThat(counts.active()).isEqualTo(before.active() + 1);
            assertThat(counts.closed()).isEqualTo(before.closed() + 1);
            assertThat(counts.activeByRegion().values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(counts.active());
        });
        assertThat(jdbc.queryForObject("select name from practice where ods_code = 'A10001'", String.class))
                .isEqualTo("Alpha Surgery (renamed)");
        assertThat(jdbc.queryForObject("select status from practice where ods_code = 'A10002'", String.class))
                .isEqualTo("CLOSED");

        var third = importer.importFile(EpraccurRows.file()
                .practice("A10001", "Alpha Surgery (renamed)", "SW1A 1AA", "A").bytes(), "third.csv",
                ImportProgress.NONE);
        assertThat(third.unchanged()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from practice where ods_code like 'A1000_'", Integer.class))
                .as("a practice missing from a later file is never deleted").isEqualTo(2);
    }

    @Test
    void bad_lines_are_reported_with_their_number_and_reason_while_good_lines_import() {
        var report = importer.importFile(EpraccurRows.file()
                .practice("B10001", "Good Surgery", "M1 1AE", "A")
                .practice("B1001", "Short Code Surgery", "M1 1AE", "A")
                .practice("B10003", "Bad Postcode Surgery", "NOT A POSTCODE", "A")
                .raw("\"B10004\",\"Too few columns\"")
                .practice("B10005", "", "M1 1AE", "A")
                .practice("B10001", "Good Surgery again", "M1 1AE", "A")
                .practice("B10007", "Odd Status Surgery", "M1 1AE", "X")
                .bytes(), "mixed.csv", ImportProgress.NONE);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.rejected()).extracting(ImportReport.RejectedLine::lineNumber)
                .containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(report.rejected().get(0).reason()).contains("\"B1001\"").contains("one letter and five digits");
        assertThat(report.rejected().get(1).reason()).contains("postcode");
        assertThat(report.rejected().get(2).reason()).contains("2 columns");
        assertThat(report.rejected().get(3).reason()).contains("no name");
        assertThat(report.rejected().get(4).reason()).contains("appears again (first on line 1)");
        assertThat(report.rejected().get(5).reason()).contains("status code");
    }

    @Test
    void a_wrong_file_changes_nothing() {
        int before = jdbc.queryForObject("select count(*) from practice", Integer.class);
        for (byte[] wrong : List.of(new byte[0], "just,three,columns\n".getBytes(),
                new byte[] {'P', 'K', 3, 4, 0, 0, 0})) {
            assertThatThrownBy(() -> importer.importFile(wrong, "wrong.csv", ImportProgress.NONE))
                    .isInstanceOf(EpraccurFileRejected.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from practice", Integer.class)).isEqualTo(before);
    }

    @Test
    void progress_is_reported_up_to_the_total() {
        var rows = EpraccurRows.file();
        for (int i = 0; i < 1200; i++) {
            rows.practice("P%05d".formatted(i), "Progress Surgery " + i, "LS14 6JD", "A");
        }
        List<int[]> updates = new ArrayList<>();
        importer.importFile(rows.bytes(), "progress.csv", (done, total) -> updates.add(new int[] {done, total}));
        assertThat(updates.getFirst()).containsExactly(0, 1200);
        assertThat(updates.getLast()).containsExactly(1200, 1200);
        assertThat(updates.size()).isGreaterThan(2);
    }

    @Test
    @WithMockUser(username = "manager@test.example", roles = "PRACTICE_MANAGER")
    void only_administrators_may_import() {
        assertThatThrownBy(() -> importer.importFile(EpraccurRows.file().bytes(), "x.csv", ImportProgress.NONE))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
