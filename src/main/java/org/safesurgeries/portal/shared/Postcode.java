package org.safesurgeries.portal.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK postcode in its normal form: upper case, one space between outward and inward code (A9 9AA, A99 9AA, AA9 9AA,
 * AA99 9AA, A9A 9AA, AA9A 9AA).
 */
public record Postcode(String value) {

    private static final Pattern NORMAL =
            Pattern.compile("^(?:[A-Z][0-9]{1,2}|[A-Z][A-Z][0-9]{1,2}|[A-Z][0-9][A-Z]|[A-Z][A-Z][0-9][A-Z]) [0-9][A-Z]{2}$");

    public Postcode {
        if (value == null || !NORMAL.matcher(value).matches()) {
            throw new IllegalArgumentException("Enter a UK postcode, for example SW1A 1AA.");
        }
    }

    /** Normalises case and spacing: " sw1a1aa " becomes "SW1A 1AA". */
    public static Postcode parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Enter a UK postcode, for example SW1A 1AA.");
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            throw new IllegalArgumentException("Enter a UK postcode, for example SW1A 1AA.");
        }
        return new Postcode(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String outwardCode() {
        return value.substring(0, value.indexOf(' '));
    }

    @Override
    public String toString() {
        return value;
    }
}
