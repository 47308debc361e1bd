package org.safesurgeries.portal.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The hostile-input corpus in {@code src/test/resources/hostile/}: text that attacks or breaks things (script, SQL,
 * spreadsheet formulas, control and bidi characters, patient data, a 10,000-character string) in {@code inputs.tsv},
 * and byte sequences that are not valid UTF-8 in {@code invalid-utf8.tsv}. Any test may feed these to an input.
 */
public final class HostileInputs {

    /** How every text input must treat a value; see the head of {@code inputs.tsv}. */
    public enum Expect {
        /** Stored exactly as typed (surrounding spaces trimmed) and shown back as text. */
        STORE,
        /** An NHS number or a date of birth: refused wherever people type. */
        PATIENT_DATA,
        /** Longer than any field allows: refused. */
        TOO_LONG,
        /** Characters no keyboard types (NUL, BEL, ESC, DEL, C1, unpaired surrogates, noncharacters): refused. */
        CONTROL,
        /** Line breaks, bidi controls, zero-width characters: refused in one-line fields, stored in free text. */
        NOT_IN_NAMES
    }

    /** One value of the corpus. Its {@code toString} is its id, so parameterised test names stay readable. */
    public record HostileInput(String id, String category, Expect expect, String value) {

        public HostileInput {
            Objects.requireNonNull(id);
            Objects.requireNonNull(value);
        }

        /** What a field that accepts the value keeps: the value without surrounding spaces. */
        public String stored() {
            return value.strip();
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** Bytes that are not valid UTF-8, for files and raw HTTP bodies. */
    public record InvalidUtf8(String id, byte[] bytes, String description) {

        /** {@code before}, these bytes, then {@code after}, with the text parts in UTF-8. */
        public byte[] between(String before, String after) {
            byte[] head = before.getBytes(StandardCharsets.UTF_8);
            byte[] tail = after.getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + bytes.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(bytes, 0, all, head.length, bytes.length);
            System.arraycopy(tail, 0, all, head.length + bytes.length, tail.length);
            return all;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private static final List<HostileInput> ALL = read("/hostile/inputs.tsv", HostileInputs::input);
    private static final List<InvalidUtf8> INVALID_UTF8 = read("/hostile/invalid-utf8.tsv", HostileInputs::bytes);

    private HostileInputs() {
    }

    public static List<HostileInput> all() {
        return ALL;
    }

    public static List<HostileInput> expecting(Expect expect) {
        return ALL.stream().filter(input -> input.expect() == expect).toList();
    }

    public static HostileInput byId(String id) {
        return ALL.stream().filter(input -> input.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No hostile input " + id));
    }

    public static List<InvalidUtf8> invalidUtf8() {
        return INVALID_UTF8;
    }

    private static HostileInput input(String[] columns) {
        String value = unescape(columns[3]);
        if (columns.length > 4 && !columns[4].isBlank()) {
            value = value.repeat(Integer.parseInt(columns[4].strip()));
        }
        return new HostileInput(columns[0], columns[1],
                Expect.valueOf(columns[2].toUpperCase(Locale.ROOT).replace('-', '_')), value);
    }

    private static InvalidUtf8 bytes(String[] columns) {
        return new InvalidUtf8(columns[0], HexFormat.of().parseHex(columns[1].replace(" ", "")), columns[2]);
    }

    /** Java-style escapes: {@code \t \n \r \b \f \0 \\} and {@code \}{@code uXXXX} as one UTF-16 code unit. */
    static String unescape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case '0' -> out.append('\0');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("Unknown escape \\" + next + " in " + text);
            }
        }
        return out.toString();
    }

    private static <T> List<T> read(String resource, Function<String[], T> row) {
        var rows = new ArrayList<T>();
        try (var in = HostileInputs.class.getResourceAsStream(resource)) {
            var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, resource),
                    StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(row.apply(line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
