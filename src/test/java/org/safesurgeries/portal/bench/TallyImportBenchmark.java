package org.safesurgeries.portal.bench;

import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.TallyCsv;
import org.safesurgeries.portal.registrationaudit.TallyImport;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.Supplier;

/**
 * Benchmark: a practice's CSV file of 1,000,000 tally rows through {@link TallyImport#importFile} (check, then
 * write), against MariaDB's own LOAD DATA of the same rows and a naive JPA import. Settings and results: see
 * bench/README.md; run it with bench/tally/run import.
 */
public final class TallyImportBenchmark {

    private static final long SEED = 20261122L;

    private final JdbcTemplate jdbc;
    private final TallyImport tallyImport;
    private final RegistrationTally tally;
    private final DataSource dataSource;
    private final Path dataDir;

    private TallyImportBenchmark(ConfigurableApplicationContext portal, Path dataDir) {
        this.jdbc = portal.getBean(JdbcTemplate.class);
        this.tallyImport = portal.getBean(TallyImport.class);
        this.tally = portal.getBean(RegistrationTally.class);
        this.dataSource = portal.getBean(DataSource.class);
        this.dataDir = dataDir;
    }

    public static void main(String[] args) throws Exception {
        int rows = BenchPortal.setting("ROWS", 1_000_000);
        int runs = BenchPortal.setting("RUNS", 3);
        int naiveRows = Math.min(rows, BenchPortal.setting("NAIVE_ROWS", rows));
        int naiveRuns = BenchPortal.setting("NAIVE_RUNS", runs);
        Path data = BenchPortal.dataDir("bench/.data/tally/import");
        var results = new ImportResults(rows, naiveRows);
        try (var portal = BenchPortal.start(data)) {
            new TallyImportBenchmark(portal, data).run(rows, runs, naiveRows, naiveRuns, results);
        }
        results.write(BenchPortal.resultsDir());
        System.exit(0);
    }

    private void run(int rows, int runs, int naiveRows, int naiveRuns, ImportResults results) throws Exception {
        removePractices();
        YearMonth current = tally.currentMonth();
        long started = System.nanoTime();
        byte[] file = TallyFile.generate(rows, current, SEED);
        var reading = TallyCsv.read(file, current, count -> { });
        if (!reading.clean() || reading.rows() != rows) {
            throw new IllegalStateException("The generated file is not clean: " + reading.problems());
        }
        System.out.printf("Generated %,d rows (%,d registrations, %.1f MB) for %s in %.1f s%n", rows,
                reading.registrations(), file.length / 1e6, current, Timings.seconds(started));
        Path values = TallyFile.asTableValues(file, 1, dataDir.resolve("tally-values.csv"));
        createCopies();
        try (var loader = BenchPortal.localInfileConnection(dataSource);
             var naive = new NaiveTallyImport(dataSource)) {
            System.out.println("Warming up (an import of the first 100,000 rows, a LOAD DATA)…");
            importFile(newPractice(), TallyFile.head(file, 100_000));
            loadInto(loader, values, "bench_tally");
            jdbc.execute("truncate table bench_tally");
            for (int run = 1; run <= runs; run++) {
                System.out.printf("Run %d of %d%n", run, runs);
                long practice = newPractice();
                results.add("check", time("check pass", () -> SystemAuthentication.call(
                        () -> tallyImport.check(practice, file))));
                results.add("import", time("import (check + write)", () -> importFile(practice, file)));
                results.counters(verify(practice, reading.registrations()));
                jdbc.execute("truncate table bench_tally");
                results.add("load", time("LOAD DATA", () -> loadInto(loader, values, "bench_tally")));
                results.loaded(jdbc.queryForObject("select count(*) from bench_tally", Long.class));
                jdbc.execute("truncate table bench_tally_no_key");
                results.add("load_no_key", time("LOAD DATA, no unique key",
                        () -> loadInto(loader, values, "bench_tally_no_key")));
            }
            byte[] sample = TallyFile.head(file, naiveRows);
            for (int run = 1; run <= naiveRuns; run++) {
                System.out.printf("Naive JPA import of %,d rows, run %d of %d%n", naiveRows, run, naiveRuns);
                jdbc.execute("truncate table bench_tally_naive");
                long practice = newPractice();
                results.add("naive", time("naive JPA", () -> naive.importFile(practice, sample, current)));
            }
        } finally {
            removePractices();
            jdbc.execute("drop table if exists bench_tally, bench_tally_no_key, bench_tally_naive");
            Files.deleteIfExists(values);
        }
    }

    /**
     * A practice of its own for each import, outside any region or ICB. Emptying one practice's counters between
     * runs instead would leave deleted index entries under the very keys the next run writes, and InnoDB slows down
     * badly on those until its purge catches up (when tried, the write alone took 50 s instead of 33 s).
     */
    private long newPractice() {
        int number = jdbc.queryForObject("select count(*) from practice where ods_code like 'T%'", Integer.class) + 1;
        String code = "T%05d".formatted(number);
        jdbc.update("insert into practice (ods_code, name, status, created_at, updated_at)"
                + " values (?, 'Tally import benchmark practice', 'ACTIVE', now(6), now(6))", code);
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, code);
    }

    private void removePractices() {
        for (long id : jdbc.queryForList("select id from practice where ods_code like 'T%'", Long.class)) {
            jdbc.update("delete from registration_tally where practice_id = ?", id);
            jdbc.update("delete from registration_month where practice_id = ?", id);
            jdbc.update("delete from practice where id = ?", id);
        }
        // The benchmark's practices have no region or ICB: their area totals are the ones under ''.
        jdbc.update("delete from registration_area_month where area_code = ''");
    }

    /** LOAD DATA's targets: registration_tally's structure (unique key and all), and one without the unique key. */
    private void createCopies() {
        jdbc.execute("drop table if exists bench_tally, bench_tally_no_key, bench_tally_naive");
        jdbc.execute("create table bench_tally like registration_tally");
        jdbc.execute("create table bench_tally_no_key like registration_tally");
        jdbc.execute("alter table bench_tally_no_key drop index uk_registration_tally_key");
        jdbc.execute("create table bench_tally_naive like registration_tally");
    }

    private TallyImport.Summary importFile(long practice, byte[] file) {
        return SystemAuthentication.call(() -> tallyImport.importFile(practice, file, (done, all) -> { }));
    }

    private static long loadInto(java.sql.Connection loader, Path values, String table) {
        try {
            return LoadData.tallyRows(loader, values, table);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("LOAD DATA into " + table + " failed", e);
        }
    }

    /** The counters written; fails when the tally or the month totals do not add up to the file's registrations. */
    private long verify(long practice, long registrations) {
        long inTally = jdbc.queryForObject("select coalesce(sum(registrations), 0) from registration_tally"
                + " where practice_id = ?", Long.class, practice);
        long inMonths = jdbc.queryForObject("select coalesce(sum(registrations), 0) from registration_month"
                + " where practice_id = ?", Long.class, practice);
        if (inTally != registrations || inMonths != registrations) {
            throw new IllegalStateException("Imported " + inTally + " (tally) and " + inMonths
                    + " (month totals) registrations, expected " + registrations);
        }
        return jdbc.queryForObject("select count(*) from registration_tally where practice_id = ?", Long.class,
                practice);
    }

    private static double time(String label, Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        double seconds = Timings.seconds(start);
        System.out.printf("  %-24s %6.2f s%n", label, seconds);
        return seconds;
    }
}
