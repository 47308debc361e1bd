package org.safesurgeries.portal.registrationaudit.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How months and days read on the tally and check pages (British English). */
final class Formats {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Formats() {
    }
}
