package org.safesurgeries.portal.registrationaudit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.Outcome;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RefusalReason;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RegistrationType;
import org.safesurgeries.portal.registrationaudit.RegistrationTally.Count;
import org.safesurgeries.portal.registrationaudit.TallyCsv.Problem;
import org.safesurgeries.portal.shared.LanguageCode;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TallyCsvTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);
    static final String HEADER = "month,registration_type,no_photo_id,no_proof_of_address,no_immigration_documents,"
            + "no_nhs_number,interpreter_language,outcome,refusal_reason,count\n";

    @Test
    void the_template_reads_back_clean_and_so_does_an_export() {
        var rows = new ArrayList<Count>();
        var reading = read(TallyCsv.template(NOW), rows);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).isEqualTo(3);
        assertThat(reading.registrations()).isEqualTo(16);

        var again = new ArrayList<Count>();
        assertThat(read(TallyCsv.write(rows), again).clean()).isTrue();
        assertThat(again).isEqualTo(rows);
    }

    @Test
    void a_good_file_gives_one_count_per_row_with_its_answers() {
        var rows = new ArrayList<Count>();
        var reading = read(HEADER
                + "2026-10,permanent,yes,YES,no,,prs,registered,,7\r\n"
                + "\n"
                + "\"2026-09\",Temporary Resident,n,y,1,true,,refused,list closed,2\n", rows);
        assertThat(reading.problems()).isEmpty();
        assertThat(rows).containsExactly(
                new Count(new TallyKey(YearMonth.of(2026, 10), RegistrationType.PERMANENT,
                        Set.of(MissingDocument.PHOTO_ID, MissingDocument.PROOF_OF_ADDRESS), LanguageCode.parse("prs"),
                        Outcome.REGISTERED, null), 7),
                new Count(new TallyKey(YearMonth.of(2026, 9), RegistrationType.TEMPORARY_RESIDENT,
                        Set.of(MissingDocument.PROOF_OF_ADDRESS, MissingDocument.IMMIGRATION_DOCUMENTS,
                                MissingDocument.NHS_NUMBER), null, Outcome.REFUSED, RefusalReason.LIST_CLOSED), 2));
    }

    @Test
    void columns_may_come_in_any_order() {
        var rows = new ArrayList<Count>();
        var reading = read("count,outcome,month,registration_type,no_nhs_number,no_photo_id,no_proof_of_address,"
                + "no_immigration_documents,refusal_reason,interpreter_language\n"
                + "4,pending,2026-11,immediately_necessary,yes,no,no,no,,\n", rows);
        assertThat(reading.problems()).isEmpty();
        assertThat(rows.getFirst().registrations()).isEqualTo(4);
        assertThat(rows.getFirst().key().missingDocuments()).containsExactly(MissingDocument.NHS_NUMBER);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12,permanent,no,no,no,no,,registered,,1           | month                | in the future
            2025-10,permanent,no,no,no,no,,registered,,1           | month                | more than 12 months ago
            Oct 2026,permanent,no,no,no,no,,registered,,1          | month                | is not a month
            2026-13,permanent,no,no,no,no,,registered,,1           | month                | is not a month
            14/03/1990,permanent,no,no,no,no,,registered,,1        | month                | full date
            2026-10,permanent,no,no,no,no,xx,registered,,1         | interpreter_language | not an ISO 639 language code
            2026-10,permanent,no,no,no,no,Arabic,registered,,1     | interpreter_language | its ISO 639 code: ar
            2026-10,permanent,no,no,no,no,,registered,,-3          | count                | cannot be negative
            2026-10,permanent,no,no,no,no,,registered,,2.5         | count                | whole number
            2026-10,permanent,no,no,no,no,,registered,,lots        | count                | is not a whole number
            2026-10,permanent,no,no,no,no,,registered,,            | count                | The count is empty
            2026-10,permanent,no,no,no,no,,registered,,20000       | count                | at most 10,000
            2026-10,residential,no,no,no,no,,registered,,1         | registration_type    | is not one of permanent
            2026-10,permanent,maybe,no,no,no,,registered,,1        | no_photo_id          | is not yes or no
            2026-10,permanent,no,no,no,no,,accepted,,1             | outcome              | is not one of registered
            2026-10,permanent,no,no,no,no,,refused,,1              | refusal_reason       | needs its reason
            2026-10,permanent,no,no,no,no,,refused,too busy,1      | refusal_reason       | is not one of no_proof_of_address
            2026-10,permanent,no,no,no,no,,registered,no_id,1      | refusal_reason       | only given when the outcome is refused
            2026-10,permanent,no,no,no,no,,registered,,943 476 5919 | count               | looks like an NHS number
            2026-10,permanent,no,no,no,9434765919,,registered,,1   | no_nhs_number        | looks like an NHS number
            2026-10,permanent,no,no,no,no,,registered,12/03/1988,1 | refusal_reason       | looks like a date of birth
            2026-10,permanent,no,no,no,no,,SW1A 1AA,,1             | outcome              | looks like a postcode
            2026-10,John Smith,no,no,no,no,,registered,,1          | registration_type    | looks like a person's name
            2026-10,permanent,no,no,no,no,Amina Yusuf,registered,,1 | interpreter_language | looks like a person's name
            """)
    void each_bad_cell_is_named_by_line_and_column(String line, String column, String message) {
        var rows = new ArrayList<Count>();
        var reading = read(HEADER + "2026-10,permanent,no,no,no,no,,registered,,5\n" + line + "\n", rows);
        assertThat(reading.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.message()).contains(message);
        });
        assertThat(reading.rows()).isEqualTo(1);
    }

    @Test
    void what_looks_like_patient_data_is_never_repeated_back() {
        var reading = read(HEADER + "2026-10,permanent,no,no,no,no,,registered,,943-476-5919\n"
                + "2026-10,Fatima Rahimi,no,no,no,no,,registered,,1\n", new ArrayList<>());
        assertThat(reading.problems()).extracting(Problem::message)
                .noneMatch(m -> m.contains("5919") || m.contains("Fatima") || m.contains("Rahimi"));
    }

    @Test
    void a_mistyped_answer_is_not_taken_for_a_name() {
        var reading = read(HEADER + "2026-10,Temporary Residence,no,no,no,no,,registered,,1\n", new ArrayList<>());
        assertThat(reading.problems().getFirst().message()).contains("is not one of").doesNotContain("name");
    }

    @Test
    void a_file_that_is_not_the_tally_file_is_refused_at_the_header() {
        var reading = read("name,date of birth,nhs number\nJo Bloggs,01/01/1980,9434765919\n", new ArrayList<>());
        assertThat(reading.problems()).extracting(Problem::line).containsOnly(1);
        assertThat(reading.problems()).extracting(Problem::column).contains("column 1", "month", "count");
        assertThat(reading.rows()).isZero();

        assertThat(read("", new ArrayList<>()).problems().getFirst().message()).contains("empty");
        assertThat(read(HEADER + "2026-10,permanent,no\n", new ArrayList<>()).problems().getFirst().message())
                .contains("has 3 values where the header has 10");
        assertThat(TallyCsv.read(new byte[] {0x50, 0x4b, 0x03, 0x04, 0}, NOW, c -> { }).problems().getFirst()
                .message()).contains("not a CSV file");
    }

    @Test
    void every_problem_is_counted_but_the_report_keeps_the_first_two_hundred() {
        var file = new StringBuilder(HEADER);
        for (int i = 0; i < 500; i++) {
            file.append("2026-10,permanent,no,no,no,no,,registered,,-1\n");
        }
        var reading = read(file.toString(), new ArrayList<>());
        assertThat(reading.problemCount()).isEqualTo(500);
        assertThat(reading.problems()).hasSize(200);
    }

    private static TallyCsv.Reading read(String text, List<Count> rows) {
        return TallyCsv.read(text.getBytes(StandardCharsets.UTF_8), NOW, rows::add);
    }
}
