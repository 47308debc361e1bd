package org.safesurgeries.portal.bench;

import org.safesurgeries.portal.registrationaudit.TallyCsv;
import org.safesurgeries.portal.shared.LanguageCode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A practice's tally file in the import's CSV format, the same for the same seed: random answers over the 13 months
 * the import takes, one row per combination as a clinical system would export it, counts 1 to 20.
 */
final class TallyFile {

    /** The common interpreter languages of English practices (ISO 639), so files look like real ones. */
    static final List<String> LANGUAGES = List.of("ar", "fa", "prs", "ps", "ku", "ckb", "ti", "am", "so", "om",
            "ur", "bn", "pa", "gu", "ta", "ne", "pl", "ro", "bg", "lt", "sq", "tr", "pt", "es", "fr", "zh", "vi",
            "ru", "uk", "tl");
    static final String[] TYPES = {"permanent", "temporary_resident", "immediately_necessary"};
    static final String[] REASONS = {"no_proof_of_address", "no_id", "immigration_status", "outside_practice_area",
            "list_closed", "other"};

    static {
        LANGUAGES.forEach(LanguageCode::parse);
    }

    private TallyFile() {
    }

    /** One row's answers, in the CSV's words; {@link #csv} and {@link #tableValues} write it. */
    record Row(YearMonth month, String type, boolean[] missing, String language, String outcome, String reason,
               int count) {

        static Row random(Random random, YearMonth month, int maxCount) {
            int kind = random.nextInt(100);
            String type = TYPES[kind < 75 ? 0 : kind < 95 ? 1 : 2];
            int documents = random.nextInt(16);
            boolean[] missing = {(documents & 1) != 0, (documents & 2) != 0, (documents & 4) != 0,
                    (documents & 8) != 0};
            String language = random.nextInt(10) < 8 ? "" : LANGUAGES.get(random.nextInt(LANGUAGES.size()));
            int result = random.nextInt(100);
            String outcome = result < 80 ? "registered" : result < 92 ? "pending" : "refused";
            String reason = outcome.equals("refused") ? REASONS[random.nextInt(REASONS.length)] : "";
            return new Row(month, type, missing, language, outcome, reason, 1 + random.nextInt(maxCount));
        }

        String csv() {
            return month + "," + type + "," + yesNo(missing[0]) + "," + yesNo(missing[1]) + "," + yesNo(missing[2])
                    + "," + yesNo(missing[3]) + "," + language + "," + outcome + "," + reason + "," + count;
        }

        /** registration_tally's values in its column order (practice_id first), comma-separated. */
        String tableValues(long practiceId) {
            return practiceId + "," + key() + "," + count;
        }

        /** The counter this row adds to, as registration_tally stores it (enum names, 0/1, '' for none). */
        String key() {
            return month + "," + type.toUpperCase(Locale.ROOT) + "," + bit(missing[0]) + "," + bit(missing[1]) + ","
                    + bit(missing[2]) + "," + bit(missing[3]) + "," + language + "," + outcome.toUpperCase(Locale.ROOT)
                    + "," + reason.toUpperCase(Locale.ROOT);
        }

        static Row parse(String csvLine) {
            String[] c = csvLine.split(",", -1);
            return new Row(YearMonth.parse(c[0]), c[1], new boolean[] {c[2].equals("yes"), c[3].equals("yes"),
                    c[4].equals("yes"), c[5].equals("yes")}, c[6], c[7], c[8], Integer.parseInt(c[9]));
        }
    }

    /** The file: the import's header, then {@code rows} rows over {@code current} and the 12 months before. */
    static byte[] generate(int rows, YearMonth current, long seed) {
        var random = new Random(seed);
        var csv = new StringBuilder(rows * 64).append(TallyCsv.HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(Row.random(random, current.minusMonths(random.nextInt(13)), 20).csv()).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The first {@code rows} rows of a generated file, with its header. */
    static byte[] head(byte[] file, int rows) {
        int end = 0;
        for (int lines = 0; end < file.length && lines <= rows; end++) {
            if (file[end] == '\n') {
                lines++;
            }
        }
        return java.util.Arrays.copyOf(file, end);
    }

    /** The generated file as registration_tally's column values, one line per row, for LOAD DATA. */
    static Path asTableValues(byte[] file, long practiceId, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            var lines = new String(file, StandardCharsets.UTF_8).lines().iterator();
            lines.next();   // the header
            while (lines.hasNext()) {
                out.write(Row.parse(lines.next()).tableValues(practiceId));
                out.write('\n');
            }
        }
        return target;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String bit(boolean value) {
        return value ? "1" : "0";
    }
}
