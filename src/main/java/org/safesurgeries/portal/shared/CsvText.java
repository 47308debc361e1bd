package org.safesurgeries.portal.shared;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
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

    /** Stands in the decoded text for bytes of a UTF-8 file that are not valid UTF-8. */
    public static final char DAMAGED = '\uFFFD';

    /**
     * The file's text, a byte-order mark dropped: UTF-8 when it is valid UTF-8; Windows-1252 when it is not and has
     * fewer valid multi-byte UTF-8 characters than runs of invalid bytes (an older tool's file); otherwise UTF-8 with
     * damaged bytes, each run of them shown as {@link #DAMAGED}, so that one bad byte cannot turn every accented
     * letter of a UTF-8 file into mojibake and the lines holding it can be refused.
     */
    public static String decode(byte[] content) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(content);
        var out = CharBuffer.allocate(content.length);
        int damaged = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            // One damaged sequence may be reported byte by byte: count it, and show it, once.
            if (out.position() == 0 || out.get(out.position() - 1) != DAMAGED) {
                damaged++;
                out.put(DAMAGED);
            }
            in.position(in.position() + result.length());
        }
        if (damaged == 0) {
            return out.flip().toString().replace("\uFEFF", "");
        }
        String text = out.flip().toString();
        long multiByte = text.chars().filter(c -> c > 0x7F && c != DAMAGED && !Character.isLowSurrogate((char) c))
                .count();
        return multiByte >= damaged ? text.replace("\uFEFF", "") : new String(content, Charset.forName("windows-1252"));
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
