package org.safesurgeries.portal.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;

/**
 * The data set's tally, as DashboardData makes it but for the data set's own practices (W…): log-normal practice
 * sizes, 36 months ending with the current month, a few practice-months with nothing logged; written with LOAD DATA,
 * then the month and area totals made with V5's and V7's own statements and checked against the tally.
 */
final class DataSetTally {

    static final int MONTHS = 36;
    private static final double MONTHS_WITH_NOTHING = 0.04;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Path dir;

    DataSetTally(JdbcTemplate jdbc, DataSource dataSource, Path dir) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.dir = dir;
    }

    void create(long registrations, YearMonth current) throws IOException, SQLException {
        var random = new Random(PortalDataSet.SEED + 1);
        List<Long> ids = jdbc.queryForList("select id from practice where ods_code like 'W%' order by id", Long.class);
        double perPracticeMonth = (double) registrations / (ids.size() * MONTHS * (1 - MONTHS_WITH_NOTHING));
        Path file = dir.resolve("tally.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long id : ids) {
                // Log-normal practice sizes with mean 1: most practices are small, a few are six times the mean.
                double size = Math.exp(0.8 * random.nextGaussian() - 0.32);
                for (int ago = MONTHS - 1; ago >= 0; ago--) {
                    if (random.nextDouble() < MONTHS_WITH_NOTHING) {
                        continue;
                    }
                    var month = current.minusMonths(ago);
                    long left = Math.round(perPracticeMonth * size * (0.75 + 0.5 * random.nextDouble()));
                    var counters = new LinkedHashMap<String, Long>();
                    while (left > 0) {
                        long count = Math.min(left, 1 + random.nextInt(8));
                        counters.merge(TallyFile.Row.random(random, month, 1).key(), count, Long::sum);
                        left -= count;
                    }
                    for (var counter : counters.entrySet()) {
                        out.write(id + "," + counter.getKey() + "," + counter.getValue() + "\n");
                    }
                }
            }
        }
        try (var connection = BenchPortal.localInfileConnection(dataSource)) {
            LoadData.tallyRows(connection, file, "registration_tally");
        } finally {
            Files.deleteIfExists(file);
        }
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
