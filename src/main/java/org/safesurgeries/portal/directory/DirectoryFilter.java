package org.safesurgeries.portal.directory;

import org.safesurgeries.portal.shared.LanguageCode;

import java.util.Locale;

/**
 * What a visitor searches by. Any field may be empty. {@code text} matches practice name or town;
 * {@code postcodeDistrict} the outward code ("NR2"); {@code language} an ISO 639 code spoken by the team.
 */
public record DirectoryFilter(String text, String postcodeDistrict, String region, String icb, String language,
                              boolean interpreterAvailable) {

    public DirectoryFilter {
        text = clean(text, 100);
        postcodeDistrict = clean(postcodeDistrict, 4);
        if (postcodeDistrict != null) {
            postcodeDistrict = postcodeDistrict.toUpperCase(Locale.ROOT).replace(" ", "");
            if (!postcodeDistrict.matches("[A-Z]{1,2}[0-9][0-9A-Z]?")) {
                throw new IllegalArgumentException("A postcode district is the first part of a postcode, for "
                        + "example NR2 or SW1A.");
            }
        }
        region = clean(region, 120);
        icb = clean(icb, 160);
        language = clean(language, 3);
        if (language != null && !LanguageCode.isKnown(language)) {
            throw new IllegalArgumentException("\"" + language + "\" is not an ISO 639 language code.");
        }
    }

    /** Whether it picks practices by their own fields (name, town, postcode, area), not only by declaration. */
    boolean narrowsPractices() {
        return text != null || postcodeDistrict != null || region != null || icb != null;
    }

    public static DirectoryFilter none() {
        return new DirectoryFilter(null, null, null, null, null, false);
    }

    private static String clean(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
