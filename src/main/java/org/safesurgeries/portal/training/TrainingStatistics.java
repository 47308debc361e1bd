package org.safesurgeries.portal.training;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trainers' dashboard: sessions per month, practices reached and staff trained by role (one trainer's or
 * everyone's), and across the network's Safe Surgeries, training coverage by region and the practices whose
 * reception staff have never been trained. Reads the declaration and practice tables in SQL (decision 005).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
public class TrainingStatistics {

    /** Safe Surgeries in a region, and how many had training within the refresher period. */
    public record RegionCoverage(String region, long practices, long trained) {
        public long percent() {
            return practices == 0 ? 0 : Math.round(100.0 * trained / practices);
        }
    }

    /** A Safe Surgery whose reception staff no session has reached. */
    public record Untrained(long practiceId, String odsCode, String name, String region) {
    }

    private static final String SAFE_SURGERIES = "select p.id, p.ods_code, p.name, p.region_code from practice p"
            + " join declaration d on d.practice_id = p.id where d.status = 'DECLARED' and p.status = 'ACTIVE'";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int refresherMonths;

    TrainingStatistics(JdbcTemplate jdbc, Clock clock,
                       @Value("${portal.training.refresher-months:24}") int refresherMonths) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.refresherMonths = refresherMonths;
    }

    /** Sessions per month for the last {@code months} months, oldest first; {@code recordedBy} null for everyone. */
    public LinkedHashMap<YearMonth, Long> sessionsPerMonth(String recordedBy, int months) {
        Map<String, Long> found = new LinkedHashMap<>();
        jdbc.query("select date_format(s.delivered_on, '%Y-%m'), count(*) from training_session s"
                + " where s.delivered_on >= ? and (? is null or s.recorded_by = ?) group by 1", rs -> {
            found.put(rs.getString(1), rs.getLong(2));
        }, since(months), recordedBy, recordedBy);
        var result = new LinkedHashMap<YearMonth, Long>();
        UkCalendar.lastMonths(clock, months).forEach(month ->
                result.put(month, found.getOrDefault(month.toString(), 0L)));
        return result;
    }

    /** Distinct practices reached in the last {@code months} months. */
    public long practicesReached(String recordedBy, int months) {
        return jdbc.queryForObject("select count(distinct a.practice_id) from training_session s join"
                + " training_attendance a on a.session_id = s.id where s.delivered_on >= ?"
                + " and (? is null or s.recorded_by = ?)", Long.class, since(months), recordedBy, recordedBy);
    }

    /** Staff trained (head-counts summed) per role in the last {@code months} months. */
    public Map<StaffRole, Long> staffTrained(String recordedBy, int months) {
        var trained = new EnumMap<StaffRole, Long>(StaffRole.class);
        for (var role : StaffRole.values()) {
            trained.put(role, 0L);
        }
        jdbc.query("select a.staff_role, sum(a.attended) from training_session s join training_attendance a"
                + " on a.session_id = s.id where s.delivered_on >= ? and (? is null or s.recorded_by = ?)"
                + " group by 1", rs -> {
            trained.put(StaffRole.valueOf(rs.getString(1)), rs.getLong(2));
        }, since(months), recordedBy, recordedBy);
        return trained;
    }

    /** Per region, the Safe Surgeries with any training in the refresher period, by region name. */
    public List<RegionCoverage> coverageByRegion() {
        return jdbc.query("select coalesce(r.name, ss.region_code, 'Unknown'), count(*), sum(exists("
                + "select 1 from training_attendance a join training_session s on s.id = a.session_id"
                + " where a.practice_id = ss.id and s.delivered_on > ?)) from (" + SAFE_SURGERIES + ") ss"
                + " left join nhs_region r on r.code = ss.region_code group by 1 order by 1",
                (rs, n) -> new RegionCoverage(rs.getString(1), rs.getLong(2), rs.getLong(3)),
                UkCalendar.today(clock).minusMonths(refresherMonths));
    }

    /** Safe Surgeries whose reception and admin staff have never been at a recorded session, by name. */
    public List<Untrained> receptionNeverTrained(int limit) {
        var result = new ArrayList<Untrained>();
        jdbc.query("select ss.id, ss.ods_code, ss.name, coalesce(r.name, ss.region_code) from (" + SAFE_SURGERIES
                + ") ss left join nhs_region r on r.code = ss.region_code where not exists (select 1 from"
                + " training_attendance a where a.practice_id = ss.id and a.staff_role = 'RECEPTION_ADMIN'"
                + " and a.attended > 0) order by ss.name limit ?", rs -> {
            result.add(new Untrained(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }, limit);
        return result;
    }

    private LocalDate since(int months) {
        return UkCalendar.startOfLastMonths(clock, months);
    }
}
