package org.safesurgeries.portal.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Random;

/**
 * The data set's tally, as DashboardData makes it but for the data set's own practices (W…): log-normal practice
 * sizes, 36 months ending with the current month, a few practice-months with nothing logged; written with LOAD DATA,
 * then the month and area totals made with V5's and V7's own statements and checked against the tally.
 */
final class DataSetTally {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Path dir;

    DataSetTally(JdbcTemplate jdbc, DataSource dataSource, Path dir) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.dir = dir;
    }

    void create(long registrations, YearMonth current) throws IOException, SQLException {
        DashboardData.loadTally(jdbc, dataSource, dir.resolve("tally.csv"), 'W', new Random(PortalDataSet.SEED + 1),
                registrations, current);
        jdbc.update(DashboardData.monthTotals('W'));
        jdbc.update("delete from registration_area_month");
        jdbc.update(DashboardData.AREA_TOTALS.formatted("p.region_code"), "REGION");
        jdbc.update(DashboardData.AREA_TOTALS.formatted("p.icb_code"), "ICB");
        var tally = jdbc.queryForObject("select sum(registrations) from registration_tally t join practice p"
                + " on p.id = t.practice_id where p.ods_code like 'W%'", Long.class);
        var months = jdbc.queryForObject("select sum(registrations) from registration_month t join practice p"
                + " on p.id = t.practice_id where p.ods_code like 'W%'", Long.class);
        if (!java.util.Objects.equals(tally, months)) {
            throw new IllegalStateException("Month totals " + months + " differ from the tally's " + tally);
        }
        System.out.printf("    %,d registrations, month totals agree%n", tally);
    }
}
