package org.safesurgeries.portal.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;

/**
 * The network at national scale for the dashboard benchmark: practices (B00001…) in the 7 NHS regions and 42 ICBs
 * of uneven size, and 36 months of tallies ending with the current month. Practices differ in size (log-normal),
 * a few practice-months have nothing logged. The tally is written straight to the tables with LOAD DATA, then
 * registration_month and registration_area_month are made from it with V5's and V7's own statements, so they agree. Kept between runs while it still
 * ends with the current month and has the practices and registrations asked for.
 */
final class DashboardData {

    static final int MONTHS = 36;
    static final int ICBS = 42;
    private static final String[] REGIONS = {"Y56", "Y58", "Y59", "Y60", "Y61", "Y62", "Y63"};
    private static final double MONTHS_WITH_NOTHING = 0.04;
    private static final long SEED = 20261122L;

    /**
     * V5__registration_month.sql's definition of the month totals, for the practices whose ODS codes start with the
     * letter given to {@link #monthTotals} (this benchmark's, or the shared data set's).
     */
    private static final String MONTH_TOTALS = """
            insert into registration_month (month, practice_id, registrations, registered_without_photo_id,
                registered_without_proof_of_address, registered_without_immigration_documents,
                registered_without_nhs_number, interpreter_needed, registered, pending, refused)
            select month, practice_id, sum(registrations),
                   sum(if(no_photo_id and outcome = 'REGISTERED', registrations, 0)),
                   sum(if(no_proof_of_address and outcome = 'REGISTERED', registrations, 0)),
                   sum(if(no_immigration_documents and outcome = 'REGISTERED', registrations, 0)),
                   sum(if(no_nhs_number and outcome = 'REGISTERED', registrations, 0)),
                   sum(if(interpreter_language <> '', registrations, 0)),
                   sum(if(outcome = 'REGISTERED', registrations, 0)),
                   sum(if(outcome = 'PENDING', registrations, 0)),
                   sum(if(outcome = 'REFUSED', registrations, 0))
            from registration_tally
            where practice_id in (select id from practice where ods_code like '%s%%')
            group by month, practice_id
            """;

    /** V7__registration_area_month.sql's definition, for every practice (the areas' totals are network-wide). */
    static final String AREA_TOTALS = """
            insert into registration_area_month (area_type, month, area_code, registrations, registered_without_photo_id,
                registered_without_proof_of_address, registered_without_immigration_documents,
                registered_without_nhs_number, interpreter_needed, registered, pending, refused)
            select ?, m.month, coalesce(%s, ''), sum(m.registrations), sum(m.registered_without_photo_id),
                   sum(m.registered_without_proof_of_address), sum(m.registered_without_immigration_documents),
                   sum(m.registered_without_nhs_number), sum(m.interpreter_needed), sum(m.registered), sum(m.pending),
                   sum(m.refused)
            from registration_month m join practice p on p.id = m.practice_id
            group by m.month, coalesce(%1$s, '')
            """;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Path dataDir;

    static String monthTotals(char odsLetter) {
        return MONTH_TOTALS.formatted(odsLetter);
    }

    DashboardData(JdbcTemplate jdbc, DataSource dataSource, Path dataDir) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.dataDir = dataDir;
    }

    /** Generates the data unless what is there already fits; returns the tally rows. */
    long ensure(int practices, long registrations, YearMonth current) throws IOException, SQLException {
        if (present(practices, registrations, current)) {
            System.out.println("Reusing the dashboard data already in the database.");
        } else {
            long started = System.nanoTime();
            System.out.printf("Generating %,d practices and about %,d registrations over %d months…%n", practices,
                    registrations, MONTHS);
            removeOld();
            insertPractices(practices);
            loadTally(registrations, current);
            jdbc.update(monthTotals('B'));
            jdbc.update("delete from registration_area_month");
            jdbc.update(AREA_TOTALS.formatted("p.region_code"), "REGION");
            jdbc.update(AREA_TOTALS.formatted("p.icb_code"), "ICB");
            jdbc.execute("analyze table practice, icb, registration_tally, registration_month, registration_area_month");
            requireMonthTotalsAgree();
            System.out.printf("Generated in %.0f s%n", Timings.seconds(started));
        }
        return jdbc.queryForObject("select count(*) from registration_tally", Long.class);
    }

    private boolean present(int practices, long registrations, YearMonth current) {
        int found = jdbc.queryForObject("select count(*) from practice where ods_code like 'B%'", Integer.class);
        var months = jdbc.queryForList("select min(month), max(month), coalesce(sum(registrations), 0)"
                + " from registration_month").getFirst().values().stream().map(String::valueOf).toList();
        long total = Long.parseLong(months.get(2));
        return found == practices && current.minusMonths(MONTHS - 1).toString().equals(months.get(0))
                && current.toString().equals(months.get(1)) && Math.abs(total - registrations) < registrations / 20;
    }

    private void removeOld() {
        var ids = jdbc.queryForList("select id from practice where ods_code like 'B%'", Long.class);
        for (long id : ids) {
            jdbc.update("delete from registration_month where practice_id = ?", id);
            jdbc.update("delete from registration_tally where practice_id = ?", id);
        }
        jdbc.update("delete from practice where ods_code like 'B%'");
        jdbc.update("delete from icb where code like 'QB%'");
    }

    /** 42 ICBs, six to a region, some up to four times the size of others. */
    private void insertPractices(int practices) {
        var random = new Random(SEED);
        double[] weights = new double[ICBS];
        double sum = 0;
        for (int n = 0; n < ICBS; n++) {
            jdbc.update("insert into icb (code, name, region_code) values (?, ?, ?)", icb(n),
                    "NHS Benchmark ICB %02d".formatted(n + 1), REGIONS[n % REGIONS.length]);
            weights[n] = 0.5 + 1.5 * random.nextDouble();
            sum += weights[n];
        }
        var now = Timestamp.from(Instant.now());
        var rows = new ArrayList<Object[]>();
        for (int p = 1; p <= practices; p++) {
            double pick = random.nextDouble() * sum;
            int n = 0;
            while (n < ICBS - 1 && (pick -= weights[n]) > 0) {
                n++;
            }
            rows.add(new Object[] {"B%05d".formatted(p), "Benchmark Practice %05d".formatted(p),
                    REGIONS[n % REGIONS.length], icb(n), now, now});
        }
        jdbc.batchUpdate("insert into practice (ods_code, name, region_code, icb_code, status, created_at, updated_at)"
                + " values (?, ?, ?, ?, 'ACTIVE', ?, ?)", rows);
    }

    private void loadTally(long registrations, YearMonth current) throws IOException, SQLException {
        loadTally(jdbc, dataSource, dataDir.resolve("dashboard-tally.csv"), 'B', new Random(SEED + 1), registrations,
                current);
    }

    /**
     * Seeded tallies over the last {@link #MONTHS} months for the practices whose ODS codes start with
     * {@code odsLetter}: log-normal practice sizes, a few months with nothing logged, written to {@code file} and
     * loaded with LOAD DATA (this benchmark's practices, or the shared data set's).
     */
    static void loadTally(JdbcTemplate jdbc, DataSource dataSource, Path file, char odsLetter, Random random,
                          long registrations, YearMonth current) throws IOException, SQLException {
        List<Long> ids = jdbc.queryForList("select id from practice where ods_code like ? order by id", Long.class,
                odsLetter + "%");
        double perPracticeMonth = (double) registrations / (ids.size() * MONTHS * (1 - MONTHS_WITH_NOTHING));
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
    }

    private void requireMonthTotalsAgree() {
        var tally = jdbc.queryForList("select sum(registrations), sum(if(outcome = 'REGISTERED', registrations, 0)),"
                + " sum(if(interpreter_language <> '', registrations, 0)) from registration_tally t"
                + " join practice p on p.id = t.practice_id where p.ods_code like 'B%'").getFirst().values();
        var months = jdbc.queryForList("select sum(registrations), sum(registered), sum(interpreter_needed)"
                + " from registration_month t join practice p on p.id = t.practice_id where p.ods_code like 'B%'")
                .getFirst().values();
        if (!List.copyOf(tally).toString().equals(List.copyOf(months).toString())) {
            throw new IllegalStateException("Month totals " + months + " differ from the tally's " + tally);
        }
        System.out.printf("Tally and month totals agree: %s registrations (registered, interpreter) %n", tally);
    }

    private static String icb(int n) {
        return "QB%02d".formatted(n + 1);
    }
}
