package org.safesurgeries.portal.practice;

import org.safesurgeries.portal.shared.CsvText;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the NHS epraccur file: CSV with no header row and 27 columns. File-level problems (empty, not text, not
 * CSV, wrong number of columns) are refused as a whole before anything is written.
 */
final class EpraccurFile {

    static final int COLUMNS = 27;

    record Line(int number, List<String> fields) {
    }

    private EpraccurFile() {
    }

    static List<Line> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new EpraccurFileRejected("The file is empty. Choose the epraccur CSV file from NHS ODS.");
        }
        String text = decode(content);
        if (text.indexOf('\0') >= 0) {
            throw new EpraccurFileRejected("This is not a CSV file (it contains binary data). "
                    + "Choose the epraccur CSV file from NHS ODS.");
        }
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String raw : text.split("\r\n|\n|\r", -1)) {
            number++;
            if (!raw.isBlank()) {
                lines.add(new Line(number, split(raw, number)));
            }
        }
        if (lines.isEmpty()) {
            throw new EpraccurFileRejected("The file is empty. Choose the epraccur CSV file from NHS ODS.");
        }
        Line first = lines.getFirst();
        if (first.fields().size() == 1) {
            throw new EpraccurFileRejected("This is not a CSV file: line " + first.number()
                    + " has no commas. The epraccur file has " + COLUMNS + " comma-separated columns.");
        }
        if (first.fields().size() != COLUMNS) {
            throw new EpraccurFileRejected("This does not look like the epraccur file: line " + first.number() + " has "
                    + first.fields().size() + " columns where epraccur has " + COLUMNS + ". Nothing was imported.");
        }
        return lines;
    }

    // epraccur comes as UTF-8 or, from older tools, Windows-1252; both are accepted.
    private static String decode(byte[] content) {
        return CsvText.decode(content);
    }

    static List<String> split(String line, int number) {
        try {
            return CsvText.split(line, number);
        } catch (CsvText.Unreadable e) {
            throw new EpraccurFileRejected(e.getMessage());
        }
    }
}
