package org.safesurgeries.portal.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads CSV as spreadsheets and NHS systems write it: UTF-8 (with or without a BOM) or Windows-1252, quoted fields. */
public final class CsvText {

    /** A line that cannot be read as CSV at all (a quote never closed). */
    public static final class Unreadable extends IllegalArgumentException {
        public Unreadable(String message) {
            super(message);
        }
    }

    private CsvText() {
    }

    /** The file's text: UTF-8 when it is valid UTF-8, otherwise Windows-1252; a byte-order mark is dropped. */
    public static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    /** One CSV record: fields may be quoted, with "" for a quote inside; fields are trimmed. */
    public static List<String> split(String line, int number) {
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
            throw new Unreadable("Line " + number + " has a quote that is never closed. Nothing was imported.");
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
