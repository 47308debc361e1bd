package org.safesurgeries.portal.registrationaudit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The network's registration figures by area and month. Everything it returns has been through
 * {@link SmallNumberSuppression}: it is safe to show to anyone, which is why it needs no login.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationStatistics {

    public enum Area {
        REGION("coalesce(r.name, p.region_code, 'Unknown')"), ICB("coalesce(i.name, p.icb_code, 'Unknown')");

        private final String expression;

        Area(String expression) {
            this.expression = expression;
        }
    }

    private final JdbcTemplate jdbc;
    private final SmallNumberSuppression suppression;
    private final Clock clock;

    RegistrationStatistics(JdbcTemplate jdbc, SmallNumberSuppression suppression, Clock clock) {
        this.jdbc = jdbc;
        this.suppression = suppression;
        this.clock = clock;
    }

    /** Areas × the last {@code months} months (oldest first), suppressed and rounded. */
    public PublishedTable byAreaAndMonth(Area area, Measure measure, int months) {
        YearMonth last = YearMonth.now(clock.withZone(ZoneId.of("Europe/London")));
        var columns = new ArrayList<String>();
        for (int i = months - 1; i >= 0; i--) {
            columns.add(last.minusMonths(i).toString());
        }
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.query("select " + area.expression + " area, t.month, sum(t.registrations) from registration_tally t"
                + " join practice p on p.id = t.practice_id left join nhs_region r on r.code = p.region_code"
                + " left join icb i on i.code = p.icb_code where t.month >= ? and " + measure.condition()
                + " group by 1, 2", rs -> {
            counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        }, columns.getFirst());
        var rows = new ArrayList<>(new TreeSet<>(counts.keySet()));
        long[][] cells = new long[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                cells[r][c] = counts.get(rows.get(r)).getOrDefault(columns.get(c), 0L);
            }
        }
        return suppression.publish(new CountTable(rows, columns, cells));
    }

    public List<Measure> measures() {
        return List.of(Measure.values());
    }
}
