package org.safesurgeries.portal.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An ISO 639 language code: the two-letter ISO 639-1 codes, plus the ISO 639-3 codes of languages that practices
 * need and ISO 639-1 lacks (Dari, Kurdish Sorani, …).
 */
public record LanguageCode(String value) {

    /** ISO 639-3 languages that practices meet and ISO 639-1 does not name, with the names patients use. */
    private static final Map<String, String> EXTRA = Map.of(
            "prs", "Dari",
            "ckb", "Kurdish (Sorani)",
            "kmr", "Kurdish (Kurmanji)",
            "tig", "Tigre",
            "bjn", "Banjar",
            "hmn", "Hmong");

    /** Better known to patients under these names than under the standard English ones. */
    private static final Map<String, String> NAMES = Map.of(
            "fa", "Farsi (Persian)",
            "ku", "Kurdish",
            "pa", "Punjabi",
            "om", "Oromo");

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "prs", "ps", "ckb", "ur", "he", "yi", "dv",
            "sd", "ug");

    private static final Map<String, String> CATALOGUE = catalogue();

    public LanguageCode {
        if (value == null || !CATALOGUE.containsKey(value)) {
            throw new IllegalArgumentException("\"" + value + "\" is not an ISO 639 language code we know.");
        }
    }

    public static LanguageCode parse(String text) {
        return new LanguageCode(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }

    public static boolean isKnown(String text) {
        return text != null && CATALOGUE.containsKey(text.strip().toLowerCase(Locale.ROOT));
    }

    /** Every known language, sorted by English name, for searchable pickers. */
    public static List<LanguageCode> all() {
        return CATALOGUE.keySet().stream().map(LanguageCode::new)
                .sorted(Comparator.comparing(LanguageCode::englishName)).toList();
    }

    public String englishName() {
        return CATALOGUE.get(value);
    }

    public boolean rightToLeft() {
        return RIGHT_TO_LEFT.contains(value);
    }

    /** "Arabic (ar)": the name people search for, with the code to tell similar names apart. */
    public String label() {
        return englishName() + " (" + value + ")";
    }

    @Override
    public String toString() {
        return value;
    }

    private static Map<String, String> catalogue() {
        var names = new TreeMap<String, String>();
        Stream.of(Locale.getISOLanguages()).forEach(code -> {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK);
            if (!name.isBlank() && !name.equalsIgnoreCase(code)) {
                names.put(code, name);
            }
        });
        names.putAll(EXTRA);
        names.putAll(NAMES);
        return Map.copyOf(names);
    }
}
