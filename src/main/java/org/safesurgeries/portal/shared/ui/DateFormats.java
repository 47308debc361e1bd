package org.safesurgeries.portal.shared.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How months and days read across the portal (British English). */
public final class DateFormats {

    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    public static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DateFormats() {
    }
}
