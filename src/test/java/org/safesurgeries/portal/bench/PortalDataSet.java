package org.safesurgeries.portal.bench;

import org.safesurgeries.portal.PortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The one benchmark data set (bench/data/run): the portal's own database under BENCH_DATA_DIR (bench/.data/portal),
 * with the demo accounts and, for the same fictional practices (W00001…): declarations, 36 months of tallies, training
 * sessions, award applications in every state with evidence and reviews, and signed certificates. Written straight to
 * the tables (LOAD DATA and batches) after the portal's Spring context has started on it with the demo profile, so
 * Flyway made the schema and the demo data is there. The sizes asked for are kept in {@code dataset.properties}; a
 * folder that already has them, for the current month, is reused.
 */
public final class PortalDataSet {

    /** Bump when what the generator writes changes, so old folders are made again. */
    static final int VERSION = 2;
    static final long SEED = 20261122L;
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String MANIFEST = "dataset.properties";
    static final String CODES = "verification-codes.txt";
    static final String ACCOUNTS_FILE = "bench-accounts.txt";
    /** Every generated account's password (the demo accounts keep theirs, see README.md). */
    static final String PASSWORD = "bench-data-password";

    record Sizes(int practices, long registrations, int sessions, int applications, int certificates, int accounts) {
        static Sizes fromEnvironment() {
            return new Sizes(BenchPortal.setting("PRACTICES", 7_000), BenchPortal.setting("REGISTRATIONS", 10_000_000),
                    BenchPortal.setting("SESSIONS", 5_000), BenchPortal.setting("APPLICATIONS", 2_000),
                    BenchPortal.setting("CERTIFICATES", 1_000), BenchPortal.setting("ACCOUNTS", 1_000));
        }

        Map<String, String> asProperties(YearMonth month) {
            var map = new LinkedHashMap<String, String>();
            map.put("version", Integer.toString(VERSION));
            map.put("month", month.toString());
            map.put("practices", Integer.toString(practices));
            map.put("registrations", Long.toString(registrations));
            map.put("sessions", Integer.toString(sessions));
            map.put("applications", Integer.toString(applications));
            map.put("certificates", Integer.toString(certificates));
            map.put("accounts", Integer.toString(accounts));
            return map;
        }
    }

    private PortalDataSet() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = BenchPortal.dataDir("bench/.data/portal").toAbsolutePath();
        var sizes = Sizes.fromEnvironment();
        if (sizes.applications() > sizes.practices() || sizes.accounts() > sizes.practices()) {
            throw new IllegalArgumentException("At most one application and one generated account per practice");
        }
        YearMonth current = YearMonth.now(LONDON);
        var wanted = sizes.asProperties(current);
        var found = manifest(dir);
        if (found.entrySet().containsAll(wanted.entrySet()) && "true".equals(found.get("complete"))
                && Files.isDirectory(dir.resolve("mariadb"))) {
            System.out.printf("Reusing the data set in %s (generated %s in %s s): %s%n", dir, found.get("generated"),
                    found.get("seconds"), describe(found));
            return;
        }
        if (Files.exists(dir)) {
            // Only a folder this generator made (or an empty one) is deleted, never one BENCH_DATA_DIR names by mistake.
            try (Stream<Path> entries = Files.list(dir)) {
                if (found.isEmpty() && entries.findAny().isPresent()) {
                    throw new IllegalStateException(dir + " holds something other than a benchmark data set ("
                            + MANIFEST + " is missing); delete it or choose another BENCH_DATA_DIR.");
                }
            }
            System.out.println("The data set in " + dir + " does not match " + wanted + "; making it again.");
            deleteTree(dir);
        }
        Files.createDirectories(dir);
        var incomplete = new LinkedHashMap<>(wanted);
        incomplete.put("complete", "false");
        writeManifest(dir, incomplete);
        long started = System.nanoTime();
        System.out.printf("Generating the data set in %s: %s%n", dir, describe(wanted));
        var figures = new LinkedHashMap<String, String>();
        try (var context = start(dir)) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var dataSource = context.getBean(DataSource.class);
            figures.put("portal started (schema, demo data)", seconds(started));
            var practices = new DataSetPractices(context, jdbc, new java.util.Random(SEED));
            step(figures, "practices, declarations, accounts", () -> practices.create(sizes, dir));
            step(figures, "tally", () -> new DataSetTally(jdbc, dataSource, dir).create(sizes.registrations(), current));
            step(figures, "training sessions", () -> new DataSetTraining(jdbc, new java.util.Random(SEED + 2))
                    .create(sizes.sessions()));
            step(figures, "award applications", () -> new DataSetAwards(jdbc, new java.util.Random(SEED + 3))
                    .create(sizes.applications()));
            step(figures, "certificates", () -> new DataSetCertificates(context, jdbc)
                    .create(sizes.certificates(), dir.resolve(CODES)));
            step(figures, "analyze", () -> jdbc.execute("analyze table practice, declaration, declaration_language,"
                    + " registration_tally, registration_month, registration_area_month, training_session,"
                    + " training_attendance, award_application, award_evidence, certificate, user_account"));
            figures.put("rows", DataSetCounts.of(jdbc));
        }
        var manifest = new LinkedHashMap<>(wanted);
        manifest.put("complete", "true");
        manifest.put("generated", Instant.now().toString());
        manifest.put("seconds", seconds(started));
        figures.forEach((step, value) -> manifest.put("step." + step.replaceAll("[^a-z]+", "-"), value));
        writeManifest(dir, manifest);
        System.out.printf("Generated in %s s:%n", seconds(started));
        figures.forEach((step, value) -> System.out.printf("  %-36s %s%n", step, value));
    }

    static ConfigurableApplicationContext start(Path dir) {
        // As BenchPortal, with the demo profile: every role's demo account exists on the data set.
        return new SpringApplicationBuilder(PortalApplication.class).logStartupInfo(false).run(
                "--portal.data-dir=" + dir, "--server.port=0", "--spring.main.banner-mode=off",
                "--spring.profiles.active=demo", "--vaadin.productionMode=true",
                "--logging.level.root=WARN", "--logging.level.org.safesurgeries=WARN");
    }

    interface Step {
        void run() throws Exception;
    }

    private static void step(Map<String, String> figures, String name, Step step) throws Exception {
        long started = System.nanoTime();
        step.run();
        figures.put(name, seconds(started) + " s");
        System.out.printf("  %s: %s s%n", name, seconds(started));
    }

    static String seconds(long startedNanos) {
        return "%.1f".formatted((System.nanoTime() - startedNanos) / 1e9);
    }

    static String describe(Map<String, String> p) {
        return ("%s practices, %s registrations over 36 months to %s, %s training sessions, %s award applications, %s"
                + " certificates, %s generated accounts").formatted(p.get("practices"), p.get("registrations"),
                p.get("month"), p.get("sessions"), p.get("applications"), p.get("certificates"), p.get("accounts"));
    }

    static Map<String, String> manifest(Path dir) throws IOException {
        var map = new LinkedHashMap<String, String>();
        Path file = dir.resolve(MANIFEST);
        if (Files.exists(file)) {
            var properties = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                properties.load(in);
            }
            properties.forEach((k, v) -> map.put((String) k, (String) v));
        }
        return map;
    }

    private static void writeManifest(Path dir, Map<String, String> values) throws IOException {
        var text = new StringBuilder("# The benchmark data set (bench/data/run); sizes as asked, rows as counted\n");
        values.forEach((k, v) -> text.append(k).append('=').append(v.replace("\n", " ")).append('\n'));
        Files.writeString(dir.resolve(MANIFEST), text);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
