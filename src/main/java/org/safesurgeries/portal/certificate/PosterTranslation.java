package org.safesurgeries.portal.certificate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The wording of the poster in one language, as written in {@code certificates/posters/<code>.json}.
 *
 * @param checked whether a native speaker has checked the wording; until then it is a draft
 * @param text    the poster's sentences by {@link #KEYS}
 * @param notes   what a reviewer should look at, or how the check was done; never printed
 */
record PosterTranslation(String code, String englishName, String nativeName, String direction, boolean checked,
                         Map<String, String> text, String notes) {

    /** The sentences every translation gives, each printed where the poster layout names it ({@code {headline}}). */
    static final List<String> KEYS = List.of("headline", "noDocuments", "interpreter", "confidential",
            "askReception", "scanLine");

    static final String ENGLISH = "en";

    PosterTranslation {
        Objects.requireNonNull(text, "text");
        text = Map.copyOf(text);
    }

    boolean rightToLeft() {
        return "rtl".equals(direction);
    }

    boolean english() {
        return ENGLISH.equals(code);
    }

    PosterLanguage language() {
        return new PosterLanguage(code, englishName, nativeName, rightToLeft(), checked);
    }
}
