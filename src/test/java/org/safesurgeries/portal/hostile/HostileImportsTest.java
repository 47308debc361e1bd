package org.safesurgeries.portal.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.practice.EpraccurImporter;
import org.safesurgeries.portal.practice.ImportProgress;
import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.TallyCsv;
import org.safesurgeries.portal.registrationaudit.TallyImport;
import org.safesurgeries.portal.shared.HostileInputs;
import org.safesurgeries.portal.shared.HostileInputs.Expect;
import org.safesurgeries.portal.shared.HostileInputs.HostileInput;
import org.safesurgeries.portal.shared.HostileOutcomes;
import org.safesurgeries.portal.shared.HostileOutcomes.Field;
import org.safesurgeries.portal.shared.HostileOutcomes.Result;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safesurgeries.portal.award.AwardFixtures.ADMIN;
import static org.safesurgeries.portal.award.AwardFixtures.as;

/**
 * The two CSV imports fed the hostile corpus and bytes that are not valid UTF-8: the tally import refuses a file
 * with any bad cell, naming the line and column and never repeating patient data, and imports nothing; the epraccur
 * import refuses a bad line with its reason, imports the good lines whole, and stores what it keeps exactly. Every
 * import runs in a transaction that is rolled back.
 */
@PortalTest
class HostileImportsTest {

    private static final HostileOutcomes OUTCOMES = new HostileOutcomes("CSV imports (tally file cells, epraccur "
            + "fields)");
    @RegisterExtension
    static final HostileSweep SWEEP = new HostileSweep(OUTCOMES);
    private static final String BYTES = "{bytes}";
    private static final Map<Integer, String> EPRACCUR_COLUMNS = Map.of(1, "name", 4, "address_line1",
            17, "telephone");
    private static final AtomicInteger NEXT_CODE = new AtomicInteger((int) (System.nanoTime() % 90_000));

    @Autowired TallyImport tallyImport;
    @Autowired RegistrationTally tally;
    @Autowired EpraccurImporter epraccur;
    @Autowired JdbcTemplate jdbc;

    @Test
    void every_value_in_every_column_of_a_tally_file_is_refused_by_line_and_column_and_nothing_is_imported() {
        long practice = practice("Y90002");
        long before = tallied(practice);
        var columns = TallyCsv.HEADER.strip().replace("\"", "").split(",");
        for (int column = 0; column < columns.length; column++) {
            String input = "tally file, column " + columns[column];
            SWEEP.swept(input);
            for (var value : HostileInputs.all()) {
                var cells = goodTallyRow();
                cells[column] = value.value();
                byte[] file = (TallyCsv.HEADER + csvLine(goodTallyRow()) + csvLine(cells))
                        .getBytes(StandardCharsets.UTF_8);
                var reading = as(ADMIN, "ADMIN", () -> tallyImport.check(practice, file));
                // The hostile line is named (or the whole file refused, as for a NUL byte); the good line is not.
                assertThat(reading.problems()).as(value.id()).noneMatch(p -> p.line() == 2);
                String messages = reading.problems().stream()
                        .map(p -> "line " + p.line() + " " + p.column() + ": " + p.message())
                        .collect(Collectors.joining("; "));
                OUTCOMES.judge(input, Field.VOCABULARY, value, reading.clean() ? Result.stored("a tally row")
                        : Result.refused(messages));
                if (value.category().equals("date-of-birth") && value.expect() == Expect.PATIENT_DATA
                        && messages.contains(value.stored())) {
                    OUTCOMES.fail(input, value, "the problem report repeats the date of birth: " + messages);
                }
            }
        }
        String input = "tally import (whole file)";
        SWEEP.swept(input);
        SWEEP.rolledBack().transaction(() -> {
            for (var value : HostileInputs.all()) {
                var cells = goodTallyRow();
                cells[6] = value.value();
                byte[] file = (TallyCsv.HEADER + csvLine(goodTallyRow()) + csvLine(cells))
                        .getBytes(StandardCharsets.UTF_8);
                OUTCOMES.judge(input, Field.VOCABULARY, value, importTally(practice, file));
            }
        });
        assertThat(tallied(practice)).as("nothing of any hostile file was imported").isEqualTo(before);
    }

    @Test
    void a_tally_file_with_bytes_that_are_not_utf8_is_refused_on_that_line_and_nothing_is_imported() {
        long practice = practice("Y90002");
        long before = tallied(practice);
        SWEEP.rolledBack().transaction(() -> {
            for (var bytes : HostileInputs.invalidUtf8()) {
                var cells = goodTallyRow();
                cells[1] = "perm" + BYTES + "anent";
                byte[] file = withBytes(TallyCsv.HEADER + csvLine(goodTallyRow()) + csvLine(cells), bytes);
                var reading = as(ADMIN, "ADMIN", () -> tallyImport.check(practice, file));
                assertThat(reading.problems()).as(bytes.id()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.line()).isEqualTo(3))
                        .allSatisfy(p -> assertThat(p.message()).isNotBlank());
                assertThat(importTally(practice, file)).as(bytes.id()).isInstanceOf(HostileOutcomes.Refused.class);
            }
        });
        assertThat(tallied(practice)).isEqualTo(before);
    }

    @Test
    void epraccur_lines_with_hostile_names_addresses_or_telephones_are_refused_whole_or_imported_exactly() {
        // Half a surrogate pair cannot be written in UTF-8 (a file carries it as the bytes of invalid-utf8.tsv).
        Predicate<HostileInput> inAFile = v -> new String(v.value().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8).equals(v.value());
        sweepEpraccur("epraccur practice name", Field.ONE_LINE, 1, inAFile);
        // The importer keeps the first 120 characters of an address line (NHS address lines are at most 35).
        sweepEpraccur("epraccur address line 1", Field.ONE_LINE, 4, inAFile.and(v -> v.expect() != Expect.TOO_LONG));
        sweepEpraccur("epraccur telephone", Field.FORMATTED, 17, inAFile);
    }

    private void sweepEpraccur(String input, Field field, int column, Predicate<HostileInput> applies) {
        SWEEP.swept(input);
        SWEEP.rolledBack().transaction(() -> {
            for (var value : HostileInputs.all().stream().filter(applies).toList()) {
                String good = nextCode();
                String hostile = nextCode();
                byte[] file = (epraccurLine(good, 1, "Zoë's Good Surgery") + epraccurLine(hostile, column,
                        value.value())).getBytes(StandardCharsets.UTF_8);
                // A line break cannot sit inside a cell of this line-based file: refusing the file is right.
                var kind = value.value().matches("(?s).*[\r\n].*") ? Field.FORMATTED : field;
                OUTCOMES.judge(input, kind, value, SWEEP.rolledBack().attempt(
                        () -> as(ADMIN, "ADMIN", () -> epraccur.importFile(file, "hostile.csv", ImportProgress.NONE)),
                        report -> {
                            assertThat(names(good)).as("the good line, whole").containsExactly("Zoë's Good Surgery");
                            var refusal = report.rejected().stream().filter(r -> r.lineNumber() == 2).findFirst();
                            if (refusal.isPresent()) {
                                assertThat(names(hostile)).as("nothing of the refused line").isEmpty();
                                throw new IllegalArgumentException(refusal.get().reason()); // judged as refused
                            }
                            return jdbc.queryForObject("select " + EPRACCUR_COLUMNS.get(column) + " from practice "
                                    + "where ods_code = ?", String.class, hostile);
                        }));
            }
        });
    }

    @Test
    void an_epraccur_file_with_a_damaged_byte_keeps_its_other_accented_names_and_refuses_that_line() {
        SWEEP.rolledBack().transaction(() -> {
            for (var bytes : HostileInputs.invalidUtf8()) {
                String good = nextCode();
                String damaged = nextCode();
                byte[] file = withBytes(epraccurLine(good, 1, "Zoë's Good Surgery")
                        + epraccurLine(damaged, 1, "Caf" + BYTES + " Surgery"), bytes);
                var checked = SWEEP.rolledBack().attempt(() -> as(ADMIN, "ADMIN",
                        () -> epraccur.importFile(file, "damaged.csv", ImportProgress.NONE)), report -> {
                    assertThat(names(good)).as(bytes.id()).containsExactly("Zoë's Good Surgery");
                    assertThat(names(damaged)).as(bytes.id()).isEmpty();
                    assertThat(report.rejected()).as(bytes.id()).singleElement().satisfies(line -> {
                        assertThat(line.lineNumber()).isEqualTo(2);
                        assertThat(line.reason()).contains("not valid UTF-8");
                    });
                    return "checked";
                });
                assertThat(checked).as(bytes.id()).isEqualTo(Result.stored("checked"));
            }
        });
    }

    @Test
    void a_windows_1252_epraccur_file_is_still_read_as_windows_1252() {
        String code = nextCode();
        byte[] file = epraccurLine(code, 1, "Café Surgery").getBytes(Charset.forName("windows-1252"));
        SWEEP.rolledBack().transaction(() -> {
            var report = as(ADMIN, "ADMIN", () -> epraccur.importFile(file, "old.csv", ImportProgress.NONE));
            assertThat(report.rejected()).isEmpty();
            assertThat(names(code)).containsExactly("Café Surgery");
        });
    }

    private Result importTally(long practice, byte[] file) {
        return SWEEP.rolledBack().attempt(() -> as(ADMIN, "ADMIN", () -> {
            try {
                return tallyImport.importFile(practice, file, (done, total) -> {
                });
            } catch (TallyImport.FileRejected rejected) {
                throw new IllegalArgumentException(rejected.getMessage() + " " + rejected.reading().problems());
            }
        }), summary -> "imported " + summary.rows() + " rows");
    }

    /** The text in UTF-8 with the invalid bytes where {@link #BYTES} stands. */
    private static byte[] withBytes(String text, HostileInputs.InvalidUtf8 bytes) {
        int at = text.indexOf(BYTES);
        return bytes.between(text.substring(0, at), text.substring(at + BYTES.length()));
    }

    private String[] goodTallyRow() {
        return new String[] {tally.currentMonth().toString(), "permanent", "no", "yes", "no", "no", "", "registered",
                "", "5"};
    }

    private static String csvLine(String[] cells) {
        return Arrays.stream(cells).map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(",")) + "\n";
    }

    /** An epraccur row for an active GP practice, with {@code value} in the given column (0-based). */
    private static String epraccurLine(String code, int column, String value) {
        String[] f = new String[27];
        Arrays.fill(f, "");
        f[0] = code;
        f[1] = "Hostile Input Surgery";
        f[2] = "Y56";
        f[3] = "ZT1";
        f[4] = "1 Test Street";
        f[7] = "TESTTOWN";
        f[9] = "NR2 1AB";
        f[10] = "20000101";
        f[12] = "A";
        f[25] = "4";
        f[column] = value;
        return csvLine(f);
    }

    private List<String> names(String code) {
        return jdbc.queryForList("select name from practice where ods_code = ?", String.class, code);
    }

    private long tallied(long practice) {
        return jdbc.queryForObject("select coalesce(sum(registrations), 0) from registration_tally where "
                + "practice_id = ?", Long.class, practice);
    }

    private long practice(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }

    private static String nextCode() {
        return "H%05d".formatted(NEXT_CODE.incrementAndGet() % 100_000);
    }

}
