package org.safesurgeries.portal.declaration;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The network's picture for trainers, reviewers and admins: Safe Surgeries over time, by region and ICB. */
@Service
@Transactional(readOnly = true)
public class NetworkStatistics {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    /** Safe Surgeries and active practices in one area. */
    public record Share(String area, long safeSurgeries, long practices) {
        public long percent() {
            return practices == 0 ? 0 : Math.round(100.0 * safeSurgeries / practices);
        }
    }

    public record Lapsing(long practiceId, String odsCode, String name, LocalDate lapsesOn) {
    }

    /** When one signed version made its practice a Safe Surgery: from signing until it ended (or still). */
    private record Period(long practiceId, LocalDate from, LocalDate until) {
        boolean covers(LocalDate day) {
            return !from.isAfter(day) && (until == null || until.isAfter(day));
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    NetworkStatistics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How many practices were Safe Surgeries at the end of each of the last {@code months} months. */
    @RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
    public LinkedHashMap<String, Long> safeSurgeriesOverTime(int months) {
        var periods = jdbc.query("""
                select d.practice_id, d.signed_on, coalesce(d.withdrawn_on, d.lapsed_on,
                    (select min(n.signed_on) from declaration n where n.practice_id = d.practice_id
                       and n.version_number > d.version_number and n.signed_on is not null)) until
                from declaration d where d.signed_on is not null
                """, (rs, n) -> new Period(rs.getLong(1), rs.getDate(2).toLocalDate(),
                rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()));
        var result = new LinkedHashMap<String, Long>();
        YearMonth current = YearMonth.from(today());
        for (int i = months - 1; i >= 0; i--) {
            YearMonth month = current.minusMonths(i);
            LocalDate day = i == 0 ? today() : month.atEndOfMonth();
            Set<Long> safe = new HashSet<>();
            periods.stream().filter(p -> p.covers(day)).forEach(p -> safe.add(p.practiceId()));
            result.put(MONTH.format(month), (long) safe.size());
        }
        return result;
    }

    @RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
    public List<Share> byRegion() {
        return shares("coalesce(r.name, p.region_code, 'Unknown')");
    }

    @RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
    public List<Share> byIcb() {
        return shares("coalesce(i.name, p.icb_code, 'Unknown')");
    }

    @RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
    public List<Lapsing> lapsingWithin(int days) {
        int lapseMonths = org.safesurgeries.portal.declaration.domain.SafeSurgeryDeclaration.LAPSE_AFTER_MONTHS;
        return jdbc.query("""
                select p.id, p.ods_code, p.name, d.last_confirmed_on from declaration d
                join practice p on p.id = d.practice_id
                where d.status = 'DECLARED' and d.last_confirmed_on <= ? order by d.last_confirmed_on, p.name
                """, (rs, n) -> new Lapsing(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getDate(4).toLocalDate().plusMonths(lapseMonths)), today().plusDays(days).minusMonths(lapseMonths));
    }

    private List<Share> shares(String area) {
        return new ArrayList<>(jdbc.query("select " + area + " area, sum(d.id is not null), count(*) "
                + """
                from practice p
                left join nhs_region r on r.code = p.region_code
                left join icb i on i.code = p.icb_code
                left join declaration d on d.current_of_practice = p.id
                where p.status = 'ACTIVE' group by 1 order by 1
                """, (rs, n) -> new Share(rs.getString(1), rs.getLong(2), rs.getLong(3))));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DeclarationService.UK);
    }
}
