package org.safesurgeries.portal.registrationaudit;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Channel;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.UkCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How mystery-shopper checks went across the network: checks and passes per month, by region and by channel. A
 * pass is "would register"; checks are of practices by test personas, never of patients, so nothing is suppressed.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
public class CheckStatistics {

    /** How many checks a group had and how many passed. */
    public record PassRate(String label, long checks, long passed) {

        /** Whole per cent, rounded; 0 with no checks. */
        public long percent() {
            return checks == 0 ? 0 : Math.round(100.0 * passed / checks);
        }
    }

    private static final String PASSED = "sum(c.outcome = '" + CheckOutcome.WOULD_REGISTER.name() + "')";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CheckStatistics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The last {@code months} months, oldest first, each with its checks and passes (months with none included). */
    public List<PassRate> perMonth(int months) {
        Map<String, PassRate> found = new LinkedHashMap<>();
        jdbc.query("select date_format(c.checked_on, '%Y-%m'), count(*), " + PASSED
                        + " from mystery_shopper_check c where c.checked_on >= ? group by 1",
                rs -> {
                    found.put(rs.getString(1), new PassRate(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }, since(months));
        return UkCalendar.lastMonths(clock, months).stream().map(YearMonth::toString)
                .map(month -> found.getOrDefault(month, new PassRate(month, 0, 0))).toList();
    }

    /** Checks and passes per NHS region in the last {@code months} months, by region name. */
    public List<PassRate> byRegion(int months) {
        return jdbc.query("select coalesce(r.name, p.region_code, 'Unknown'), count(*), " + PASSED
                        + " from mystery_shopper_check c join practice p on p.id = c.practice_id"
                        + " left join nhs_region r on r.code = p.region_code where c.checked_on >= ?"
                        + " group by 1 order by 1",
                (rs, n) -> new PassRate(rs.getString(1), rs.getLong(2), rs.getLong(3)), since(months));
    }

    /** Checks and passes per channel (phone, in person, …) in the last {@code months} months. */
    public List<PassRate> byChannel(int months) {
        Map<String, PassRate> found = new LinkedHashMap<>();
        jdbc.query("select c.channel, count(*), " + PASSED + " from mystery_shopper_check c where c.checked_on >= ?"
                + " group by 1", rs -> {
            found.put(rs.getString(1), new PassRate(rs.getString(1), rs.getLong(2), rs.getLong(3)));
        }, since(months));
        var result = new ArrayList<PassRate>();
        for (var channel : Channel.values()) {
            var rate = found.getOrDefault(channel.name(), new PassRate(channel.name(), 0, 0));
            result.add(new PassRate(channel.label(), rate.checks(), rate.passed()));
        }
        return result;
    }

    private LocalDate since(int months) {
        return UkCalendar.startOfLastMonths(clock, months);
    }
}
