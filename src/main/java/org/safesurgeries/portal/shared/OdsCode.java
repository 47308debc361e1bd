package org.safesurgeries.portal.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An NHS ODS code of a GP practice: one letter and five digits, e.g. Y02345. No meaning is read into it. */
public record OdsCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Z][0-9]{5}$");

    public OdsCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "An ODS practice code is one letter followed by five digits, for example Y02345.");
        }
    }

    /** Accepts what people type: surrounding spaces and lower case. */
    public static OdsCode parse(String text) {
        return new OdsCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
