package org.safesurgeries.portal.practice;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(content, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    /** One CSV record: fields may be quoted, with "" for a quote inside. */
    static List<String> split(String line, int number) {
        List<String> fields = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new EpraccurFileRejected("Line " + number + " has a quote that is never closed. Nothing was imported.");
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
