package org.safesurgeries.portal.registrationaudit;

import org.safesurgeries.portal.shared.UkCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The network's registration figures by area (or practice) and month, read from the month totals. Everything it
 * returns has been through {@link SmallNumberSuppression}: it is safe to show to anyone, which is why it needs no
 * login. A practice's exact figures are only ever read through {@link RegistrationTally}.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationStatistics {

    /** How the rows of a table are grouped; the SQL is fixed, never built from input. */
    public enum Area {
        REGION("coalesce(r.name, p.region_code, 'Unknown')", "p.region_code",
                "coalesce(r.name, nullif(a.area_code, ''), 'Unknown')", "left join nhs_region r on r.code = a.area_code"),
        ICB("coalesce(i.name, p.icb_code, 'Unknown')", "p.icb_code",
                "coalesce(i.name, nullif(a.area_code, ''), 'Unknown')", "left join icb i on i.code = a.area_code");

        private final String name;
        private final String code;
        private final String totalsName;
        private final String totalsJoin;

        Area(String name, String code, String totalsName, String totalsJoin) {
            this.name = name;
            this.code = code;
            this.totalsName = totalsName;
            this.totalsJoin = totalsJoin;
        }
    }

    /** A region or ICB to choose from: its code and name. */
    public record AreaChoice(String code, String name) {
    }

    private static final String FROM = " from registration_month t join practice p on p.id = t.practice_id"
            + " left join nhs_region r on r.code = p.region_code left join icb i on i.code = p.icb_code";

    private final JdbcTemplate jdbc;
    private final SmallNumberSuppression suppression;
    private final Clock clock;

    RegistrationStatistics(JdbcTemplate jdbc, SmallNumberSuppression suppression, Clock clock) {
        this.jdbc = jdbc;
        this.suppression = suppression;
        this.clock = clock;
    }

    /**
     * Areas × the last {@code months} months (oldest first), suppressed and rounded. Read from the areas' own month
     * totals: a registration counts where its practice was when it was logged.
     */
    public PublishedTable byAreaAndMonth(Area area, Measure measure, int months) {
        var columns = lastMonths(months);
        return publish(columns, "select " + area.totalsName + ", a.month, sum(a." + measure.column() + ")"
                + " from registration_area_month a " + area.totalsJoin + " where a.area_type = ? and a.month >= ?"
                + " group by 1, 2", area.name(), columns.getFirst());
    }

    /**
     * The practices of one region or ICB × the last {@code months} months, suppressed and rounded: for trainers,
     * reviewers and administrators, who never see a practice's exact figures. Practices with nothing logged are
     * left out.
     */
    public PublishedTable byPracticeAndMonth(Area within, String areaCode, Measure measure, int months) {
        var columns = lastMonths(months);
        return publish(columns, "select concat(p.name, ' (', p.ods_code, ')'), t.month, sum(t." + measure.column()
                + ")" + FROM + " where t.month >= ? and " + within.code + " = ? group by 1, 2", columns.getFirst(),
                areaCode);
    }

    /** The regions or ICBs that have practices, by name. */
    public List<AreaChoice> areas(Area area) {
        return jdbc.query("select distinct " + area.code + ", " + area.name + " from practice p"
                + " left join nhs_region r on r.code = p.region_code left join icb i on i.code = p.icb_code"
                + " where " + area.code + " is not null order by 2",
                (rs, n) -> new AreaChoice(rs.getString(1), rs.getString(2)));
    }

    public List<Measure> measures() {
        return List.of(Measure.values());
    }

    private PublishedTable publish(List<String> columns, String sql, Object... arguments) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        }, arguments);
        var rows = new ArrayList<>(new TreeSet<>(counts.keySet()));
        long[][] cells = new long[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                cells[r][c] = counts.get(rows.get(r)).getOrDefault(columns.get(c), 0L);
            }
        }
        return suppression.publish(new CountTable(rows, columns, cells));
    }

    private List<String> lastMonths(int months) {
        return UkCalendar.lastMonths(clock, months).stream().map(YearMonth::toString).toList();
    }
}
