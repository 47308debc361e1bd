package org.safesurgeries.portal.registrationaudit;

import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.Labelled;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.Outcome;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RefusalReason;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RegistrationType;
import org.safesurgeries.portal.registrationaudit.RegistrationTally.Count;
import org.safesurgeries.portal.shared.CsvCells;
import org.safesurgeries.portal.shared.CsvText;
import org.safesurgeries.portal.shared.LanguageCode;
import org.safesurgeries.portal.shared.NhsNumbers;
import org.safesurgeries.portal.shared.PatientDataGuard;
import org.safesurgeries.portal.shared.Postcode;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The tally's CSV format, for practices that count in their clinical system: a header row, then one row per
 * combination of answers with how many registrations it had that month. The same format is offered as a template
 * and used for the practice's own export, so an export can be imported elsewhere.
 *
 * <p>Every cell must be one of its column's values. A cell that is not, and that looks like an NHS number, a date
 * of birth, a postcode or a name, is reported as such (without repeating it), since the tally never holds people.
 */
public final class TallyCsv {

    /** Something wrong in the file: the line (1 is the header) and column, and what to do about it. */
    public record Problem(int line, String column, String message) {
    }

    enum Column {
        MONTH("month"), REGISTRATION_TYPE("registration_type"), NO_PHOTO_ID("no_photo_id"),
        NO_PROOF_OF_ADDRESS("no_proof_of_address"), NO_IMMIGRATION_DOCUMENTS("no_immigration_documents"),
        NO_NHS_NUMBER("no_nhs_number"), INTERPRETER_LANGUAGE("interpreter_language"), OUTCOME("outcome"),
        REFUSAL_REASON("refusal_reason"), COUNT("count");

        final String header;

        Column(String header) {
            this.header = header;
        }
    }

    public static final String HEADER = CsvCells.row(Arrays.stream(Column.values()).map(c -> c.header).toList());

    private static final Pattern NHS_NUMBER_LIKE = Pattern.compile("[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}");
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}"
            + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}(st|nd|rd|th)? [A-Za-z]{3,9},? [0-9]{2,4}");
    private static final Pattern NAME_LIKE =
            Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?:,? +\\p{Lu}[\\p{L}'’.-]+){1,3}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Set<String> VOCABULARY = vocabulary();
    private static final Map<String, LanguageCode> LANGUAGES_BY_NAME = LanguageCode.all().stream()
            .collect(Collectors.toMap(l -> l.englishName().toLowerCase(Locale.ROOT), l -> l, (a, b) -> a));
    private static final int MAX_PROBLEMS_KEPT = 200;

    /** What reading a file found: the rows read, their registrations, and any problems (the first 200 kept). */
    public static final class Reading {
        private final List<Problem> problems = new ArrayList<>();
        private int problemCount;
        private int rows;
        private long registrations;

        void problem(int line, String column, String message) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS_KEPT) {
                problems.add(new Problem(line, column, message));
            }
        }

        public List<Problem> problems() {
            return List.copyOf(problems);
        }

        public int problemCount() {
            return problemCount;
        }

        public boolean clean() {
            return problemCount == 0;
        }

        public int rows() {
            return rows;
        }

        public long registrations() {
            return registrations;
        }
    }

    private TallyCsv() {
    }

    /** A template to fill in: the header and example rows for the month given. */
    public static String template(YearMonth month) {
        return HEADER
                + CsvCells.row(List.of(month, "permanent", "yes", "yes", "no", "no", "", "registered", "", 12))
                + CsvCells.row(List.of(month, "temporary_resident", "no", "no", "yes", "yes", "ar", "pending", "", 3))
                + CsvCells.row(List.of(month, "permanent", "no", "yes", "no", "no", "", "refused",
                        "outside_practice_area", 1));
    }

    /** The counts as CSV in this format. */
    public static String write(List<Count> counts) {
        var csv = new StringBuilder(HEADER);
        for (var count : counts) {
            var key = count.key();
            csv.append(CsvCells.row(List.of(key.month(), code(key.type()), yesNo(key.missing(MissingDocument.PHOTO_ID)),
                    yesNo(key.missing(MissingDocument.PROOF_OF_ADDRESS)),
                    yesNo(key.missing(MissingDocument.IMMIGRATION_DOCUMENTS)),
                    yesNo(key.missing(MissingDocument.NHS_NUMBER)),
                    key.interpreterLanguage() == null ? "" : key.interpreterLanguage().value(), code(key.outcome()),
                    key.refusalReason() == null ? "" : code(key.refusalReason()), count.registrations())));
        }
        return csv.toString();
    }

    /**
     * Reads the whole file, handing each good row to {@code rows} and noting every problem with its line and
     * column. Months must be from {@code current} back 12 months.
     */
    public static Reading read(byte[] content, YearMonth current, Consumer<Count> rows) {
        var reading = new Reading();
        if (content == null || content.length == 0) {
            reading.problem(1, "", "The file is empty. Download the template, fill it in and upload it.");
            return reading;
        }
        String text = CsvText.decode(content);
        if (text.indexOf('\0') >= 0) {
            reading.problem(1, "", "This is not a CSV file (it contains binary data). Save the sheet as CSV.");
            return reading;
        }
        int number = 0;
        Column[] columns = null;
        var lines = text.lines().iterator();
        while (lines.hasNext()) {
            String line = lines.next();
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (line.indexOf(CsvText.DAMAGED) >= 0) {
                reading.problem(number, "", "This line has bytes that are not valid UTF-8 (shown as \uFFFD). Save the "
                        + "sheet as \"CSV UTF-8\" and upload it again.");
                continue;
            }
            List<String> cells;
            try {
                cells = CsvText.split(line, number);
            } catch (CsvText.Unreadable e) {
                reading.problem(number, "", "A quote is opened and never closed on this line.");
                continue;
            }
            if (columns == null) {
                columns = header(cells, number, reading);
                if (columns == null) {
                    return reading;
                }
            } else if (cells.size() != columns.length) {
                reading.problem(number, "", "This line has " + cells.size() + " values where the header has "
                        + columns.length + " columns.");
            } else {
                row(cells, columns, number, current, reading).ifPresent(count -> {
                    reading.rows++;
                    reading.registrations += count.registrations();
                    rows.accept(count);
                });
            }
        }
        if (columns == null) {
            reading.problem(1, "", "The file is empty. Download the template, fill it in and upload it.");
        }
        return reading;
    }

    private static Column[] header(List<String> cells, int number, Reading reading) {
        var byName = Arrays.stream(Column.values()).collect(Collectors.toMap(c -> c.header, c -> c));
        var columns = new Column[cells.size()];
        var seen = EnumSet.noneOf(Column.class);
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).toLowerCase(Locale.ROOT).replace(' ', '_');
            columns[i] = byName.get(name);
            if (columns[i] == null) {
                reading.problem(number, "column " + (i + 1), lookLikePatientData(cells.get(i))
                        .orElse("\"" + shorten(cells.get(i)) + "\" is not a column of the tally file.")
                        + " The first line must be the header: " + HEADER.strip().replace("\"", ""));
            } else if (!seen.add(columns[i])) {
                reading.problem(number, name, "This column appears twice.");
            }
        }
        for (var missing : EnumSet.complementOf(seen)) {
            reading.problem(number, missing.header, "This column is missing from the header.");
        }
        return reading.clean() ? columns : null;
    }

    private static Optional<Count> row(List<String> cells, Column[] columns, int number, YearMonth current,
                                       Reading reading) {
        Map<Column, String> values = new HashMap<>();
        for (int i = 0; i < columns.length; i++) {
            values.put(columns[i], cells.get(i));
        }
        int before = reading.problemCount();
        var month = month(values.get(Column.MONTH), current, number, reading);
        var type = category(RegistrationType.class, values, Column.REGISTRATION_TYPE, number, reading);
        var missing = EnumSet.noneOf(MissingDocument.class);
        yesNo(values, Column.NO_PHOTO_ID, number, reading, MissingDocument.PHOTO_ID, missing);
        yesNo(values, Column.NO_PROOF_OF_ADDRESS, number, reading, MissingDocument.PROOF_OF_ADDRESS, missing);
        yesNo(values, Column.NO_IMMIGRATION_DOCUMENTS, number, reading, MissingDocument.IMMIGRATION_DOCUMENTS, missing);
        yesNo(values, Column.NO_NHS_NUMBER, number, reading, MissingDocument.NHS_NUMBER, missing);
        var language = language(values.get(Column.INTERPRETER_LANGUAGE), number, reading);
        var outcome = category(Outcome.class, values, Column.OUTCOME, number, reading);
        RefusalReason reason = null;
        String reasonText = values.get(Column.REFUSAL_REASON);
        if (outcome == Outcome.REFUSED) {
            reason = reasonText.isEmpty()
                    ? problem(number, Column.REFUSAL_REASON, "A refusal needs its reason: one of "
                    + codes(RefusalReason.class) + ".", reading)
                    : category(RefusalReason.class, values, Column.REFUSAL_REASON, number, reading);
        } else if (!reasonText.isEmpty() && outcome != null) {
            problem(number, Column.REFUSAL_REASON, lookLikePatientData(reasonText)
                    .orElse("A reason is only given when the outcome is refused; leave it empty."), reading);
        }
        var count = count(values.get(Column.COUNT), number, reading);
        if (reading.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new Count(new TallyKey(month, type, missing, language.orElse(null), outcome, reason), count));
    }

    private static YearMonth month(String text, YearMonth current, int number, Reading reading) {
        YearMonth month;
        try {
            month = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            String message = DATE_LIKE.matcher(text).matches()
                    ? "This is a full date. The tally records the month only, written as YYYY-MM (e.g. "
                    + current + "), never a day or a date of birth."
                    : lookLikePatientData(text).orElse("\"" + shorten(text) + "\" is not a month. Write it as "
                    + "YYYY-MM, e.g. " + current + ".");
            return problem(number, Column.MONTH, message, reading);
        }
        if (month.isAfter(current)) {
            return problem(number, Column.MONTH, month + " is in the future. Registrations can be counted up to "
                    + current + ".", reading);
        }
        if (month.isBefore(current.minusMonths(12))) {
            return problem(number, Column.MONTH, month + " is more than 12 months ago. The tally takes "
                    + current.minusMonths(12) + " to " + current + ".", reading);
        }
        return month;
    }

    private static <E extends Enum<E>> E category(Class<E> type, Map<Column, String> values, Column column,
                                                  int number, Reading reading) {
        String text = values.get(column);
        String code = text.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (code(value).equals(code)) {
                return value;
            }
        }
        return problem(number, column, lookLikePatientData(text).orElse(text.isEmpty()
                ? "This is empty. Use one of " + codes(type) + "."
                : "\"" + shorten(text) + "\" is not one of " + codes(type) + "."), reading);
    }

    private static void yesNo(Map<Column, String> values, Column column, int number, Reading reading,
                              MissingDocument document, Set<MissingDocument> missing) {
        String text = values.get(column);
        switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> missing.add(document);
            case "no", "n", "false", "0", "" -> {
            }
            default -> problem(number, column, lookLikePatientData(text)
                    .orElse("\"" + shorten(text) + "\" is not yes or no."), reading);
        }
    }

    private static Optional<LanguageCode> language(String text, int number, Reading reading) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (LanguageCode.isKnown(text)) {
            return Optional.of(LanguageCode.parse(text));
        }
        var byName = LANGUAGES_BY_NAME.get(text.toLowerCase(Locale.ROOT));
        String message = byName != null
                ? "Write the language as its ISO 639 code: " + byName.value() + " for " + byName.englishName() + "."
                : lookLikePatientData(text).orElse("\"" + shorten(text) + "\" is not an ISO 639 language code we "
                + "know (e.g. ar for Arabic, prs for Dari, ti for Tigrinya). Leave it empty if no interpreter was "
                + "needed.");
        return problem(number, Column.INTERPRETER_LANGUAGE, message, reading);
    }

    private static int count(String text, int number, Reading reading) {
        if (WHOLE_NUMBER.matcher(text).matches() && Integer.parseInt(text) <= RegistrationTally.MAX_COUNT) {
            return Integer.parseInt(text);
        }
        String message;
        if (text.isEmpty()) {
            message = "The count is empty. Write how many registrations had these answers, e.g. 3.";
        } else if (text.startsWith("-")) {
            message = "The count cannot be negative. To correct a month, enter what to add; it cannot be taken "
                    + "below what is logged.";
        } else if (text.matches("[0-9]*[.,][0-9]+")) {
            message = "The count must be a whole number, not " + shorten(text) + ".";
        } else {
            message = lookLikePatientData(text).orElse(WHOLE_NUMBER.matcher(text).matches()
                    ? "A count is at most 10,000 per row; check the figure."
                    : "\"" + shorten(text) + "\" is not a whole number.");
        }
        problem(number, Column.COUNT, message, reading);
        return 0;
    }

    /**
     * Why a value that is not valid looks like something that identifies a person, or empty. The value itself is
     * never repeated back.
     */
    static Optional<String> lookLikePatientData(String text) {
        String value = text.strip();
        if (PatientDataGuard.findPatientData(value).isPresent()) {
            return Optional.of("This holds what looks like an NHS number or a date of birth. The tally holds counts "
                    + "only, never anything that identifies a patient: remove it from the file.");
        }
        if (NHS_NUMBER_LIKE.matcher(value).matches() && NhsNumbers.isValid(value.replaceAll("[ -]", ""))) {
            return Optional.of("This looks like an NHS number. The tally holds counts only, never anything that "
                    + "identifies a patient: remove it from the file.");
        }
        if (DATE_LIKE.matcher(value).matches()) {
            return Optional.of("This looks like a date of birth or a day. The tally holds counts by month only, "
                    + "never a date that could identify a patient: remove it from the file.");
        }
        if (Postcode.isValid(value)) {
            return Optional.of("This looks like a postcode. The tally holds counts only, never an address: remove "
                    + "it from the file.");
        }
        if (NAME_LIKE.matcher(value).matches() && !LANGUAGES_BY_NAME.containsKey(value.toLowerCase(Locale.ROOT))
                && Arrays.stream(value.toLowerCase(Locale.ROOT).split("[ ,]+")).noneMatch(VOCABULARY::contains)) {
            return Optional.of("This looks like a person's name. The tally holds counts only, never names: remove "
                    + "it from the file.");
        }
        return Optional.empty();
    }

    private static <T> T problem(int number, Column column, String message, Reading reading) {
        reading.problem(number, column.header, message);
        return null;
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static <E extends Enum<E>> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(TallyCsv::code).collect(Collectors.joining(", "));
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }

    // Words of the answers themselves: a value made of these is a mistyped answer, not a name.
    private static Set<String> vocabulary() {
        var words = new HashSet<String>(Set.of("yes", "no", "true", "false", "none"));
        var answers = new ArrayList<Enum<? extends Labelled>>();
        answers.addAll(List.of(RegistrationType.values()));
        answers.addAll(List.of(Outcome.values()));
        answers.addAll(List.of(RefusalReason.values()));
        answers.addAll(List.of(MissingDocument.values()));
        for (var value : answers) {
            words.addAll(Arrays.asList(value.name().toLowerCase(Locale.ROOT).split("_")));
            words.addAll(Arrays.asList(((Labelled) value).label().toLowerCase(Locale.ROOT).split("[^a-z]+")));
        }
        return Set.copyOf(words);
    }
}
