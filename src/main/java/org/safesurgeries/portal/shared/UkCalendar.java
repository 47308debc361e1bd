package org.safesurgeries.portal.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Days and months as practices in England count them (Europe/London), from the portal's clock. */
public final class UkCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkCalendar() {
    }

    /** Today in England, for forms' defaults and limits (services take the portal's clock). */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static YearMonth thisMonth(Clock clock) {
        return YearMonth.now(clock.withZone(ZONE));
    }

    /** This month and the {@code count - 1} before it, oldest first. */
    public static List<YearMonth> lastMonths(Clock clock, int count) {
        var current = thisMonth(clock);
        var months = new ArrayList<YearMonth>();
        for (int ago = count - 1; ago >= 0; ago--) {
            months.add(current.minusMonths(ago));
        }
        return months;
    }

    /** The first day of the oldest of the last {@code count} months. */
    public static LocalDate startOfLastMonths(Clock clock, int count) {
        return thisMonth(clock).minusMonths(count - 1L).atDay(1);
    }
}
