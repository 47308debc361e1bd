package org.safesurgeries.portal.registrationaudit;

/**
 * A figure as it may be shown outside the owning practice: a rounded count, or "fewer than N" when it is small
 * (or hidden so that a small one cannot be worked out from the others).
 */
public record PublishedFigure(Long value, boolean suppressed, int threshold) {

    public static PublishedFigure shown(long rounded, int threshold) {
        return new PublishedFigure(rounded, false, threshold);
    }

    public static PublishedFigure hidden(int threshold) {
        return new PublishedFigure(null, true, threshold);
    }

    /** "fewer than 8", "0", "25". */
    public String text() {
        return suppressed ? "fewer than " + (threshold + 1) : Long.toString(value);
    }

    /** For CSV and JSON: the number, or empty when suppressed. */
    public String csvValue() {
        return suppressed ? "" : Long.toString(value);
    }
}
