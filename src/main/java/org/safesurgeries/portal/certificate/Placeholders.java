package org.safesurgeries.portal.certificate;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fills a layout's wording with the certificate's fields. Field values are data: they are inserted once and never
 * scanned again, so a name that contains "{code}" is printed as written.
 */
final class Placeholders {

    /**
     * Every field a layout may name, the posters' translated wording included; a typo in a layout file fails when the
     * layout loads, not on a certificate.
     */
    static final Set<String> KNOWN = Stream.concat(Stream.of("practiceName", "odsCode", "issuedOn", "expiresOn",
                    "code", "verifyUrl", "attendeeName", "attendeeRole", "sessionDate", "topics", "directoryUrl",
                    "englishName", "nativeName"), PosterTranslation.KEYS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    // Embedding, override and isolate controls: in a name they could visually reorder the wording around it.
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private Placeholders() {
    }

    static Set<String> in(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static String expand(String template, Map<String, String> fields) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, Matcher.quoteReplacement(value(fields, matcher.group(1))));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /** The field's value as printed; a missing or blank field is refused rather than printed as a gap. */
    static String value(Map<String, String> fields, String name) {
        String value = fields.get(name);
        String cleaned = value == null ? "" : clean(value);
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("The certificate or poster needs the field '" + name + "'");
        }
        return cleaned;
    }

    /** One line of plain text: line breaks and tabs would break the layout, bidi controls could spoof it. */
    private static String clean(String value) {
        return BIDI_CONTROLS.matcher(value).replaceAll("").strip().replaceAll("\\s+", " ");
    }
}
