package org.safesurgeries.portal.database;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalApplication;
import org.safesurgeries.portal.audit.AuditLog;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code kill -9} of the portal during concurrent tally increments and award narrative saves (see {@link CrashLoad},
 * run as a separate process). After a restart on the same database: every acknowledged write is there, nothing
 * unacknowledged is half there (a tally count and its month total moved together or not at all; a narrative is one
 * whole text that was being written), and the audit chain verifies.
 */
class CrashRecoveryTest {

    static final int KILL_AFTER_ACKS = 300;
    private static final Pattern NARRATIVE = Pattern.compile(
            "Narrative (\\d+) for criterion (\\d+): x+ \\(end (\\d+)\\)", Pattern.DOTALL);

    private static SeparateMariaDb database;
    private static Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        database = SeparateMariaDb.start("crash");
        dataDir = TestFolders.create("portal-crash-");
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void after_a_kill_9_mid_load_every_acknowledged_write_is_there_and_nothing_is_half_written() throws Exception {
        String url = database.url("portal_crash");
        long practice;
        long application;
        List<Long> criteria;
        try (var setup = portal(url)) {
            var jdbc = setup.getBean(JdbcTemplate.class);
            jdbc.update("insert into practice (ods_code, name, status, created_at, updated_at) "
                    + "values ('K90001', 'Crash Test Surgery', 'ACTIVE', now(6), now(6))");
            practice = jdbc.queryForObject("select id from practice where ods_code = 'K90001'", Long.class);
            long version = jdbc.queryForObject("select min(id) from award_criteria_version", Long.class);
            jdbc.update("""
                    insert into award_application (practice_id, criteria_version_id, status, started_at, started_by,
                                                   status_since)
                    values (?, ?, 'DRAFT', now(6), 'test', now(6))""", practice, version);
            application = jdbc.queryForObject("select id from award_application where practice_id = ?", Long.class,
                    practice);
            criteria = jdbc.queryForList("select id from award_criterion where criteria_version_id = ? order by id "
                    + "limit 4", Long.class, version);
        }

        var started = ConcurrentHashMap.<String>newKeySet();
        var acknowledged = ConcurrentHashMap.<String>newKeySet();
        var done = new java.util.concurrent.atomic.AtomicBoolean();
        Path log = dataDir.resolve("crash-load.log");
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), CrashLoad.class.getName(), url,
                dataDir.toString(), Long.toString(practice), Long.toString(application),
                criteria.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .redirectError(log.toFile()).start();
        var reader = Thread.ofPlatform().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!line.startsWith("START") && !line.startsWith("ACK")) {
                        Files.writeString(log, "[out] " + line + "\n", java.nio.file.StandardOpenOption.APPEND);
                    }
                    var parts = line.split(" ");
                    switch (parts[0]) {
                        case "START" -> started.add(parts[1] + " " + parts[parts.length - (parts[1].equals("SAVE")
                                ? 2 : 1)]);
                        case "ACK" -> acknowledged.add(parts[1] + " " + parts[parts.length - 1]);
                        case "DONE" -> done.set(true);
                        default -> { }
                    }
                }
            } catch (java.io.IOException e) {
                // The process was killed.
            }
        });
        try {
            await().atMost(Duration.ofMinutes(3)).until(() -> acknowledged.size() >= KILL_AFTER_ACKS
                    || !process.isAlive());
            process.destroyForcibly(); // SIGKILL: no shutdown hooks, no connection close, mid-transaction.
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        reader.join(10_000);
        assertThat(done).as("killed before the load finished; see " + log).isFalse();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKS);

        try (var restarted = portal(url)) {
            var jdbc = restarted.getBean(JdbcTemplate.class);
            long ackedLogs = acknowledged.stream().filter(a -> a.startsWith("LOG ")).count();
            long startedLogs = started.stream().filter(a -> a.startsWith("LOG ")).count();
            long counted = jdbc.queryForObject("select coalesce(sum(registrations), 0) from registration_tally "
                    + "where practice_id = ?", Long.class, practice);
            assertThat(counted).as("every acknowledged increment, and no more than were started")
                    .isBetween(ackedLogs, startedLogs);
            assertThat(jdbc.queryForObject("select coalesce(sum(registrations), 0) from registration_month "
                    + "where practice_id = ?", Long.class, practice)).as("the month total moved with each count")
                    .isEqualTo(counted);

            Map<Long, Set<Integer>> startedSaves = new HashMap<>();
            started.stream().filter(s -> s.startsWith("SAVE ")).forEach(s -> {
                int n = Integer.parseInt(s.split(" ")[1]);
                startedSaves.computeIfAbsent(criteria.get(n % criteria.size()), c -> new java.util.HashSet<>()).add(n);
            });
            for (long criterion : criteria) {
                var stored = jdbc.queryForList("select narrative from award_response where application_id = ? and "
                        + "criterion_id = ?", String.class, application, criterion);
                boolean anyAcked = acknowledged.stream().filter(a -> a.startsWith("SAVE "))
                        .anyMatch(a -> criteria.get(Integer.parseInt(a.split(" ")[1]) % criteria.size()) == criterion);
                if (anyAcked) {
                    assertThat(stored).as("criterion " + criterion + " was saved and acknowledged").hasSize(1);
                }
                for (String text : stored) {
                    var match = NARRATIVE.matcher(text);
                    assertThat(match.matches()).as("a whole narrative").isTrue();
                    int n = Integer.parseInt(match.group(1));
                    assertThat(match.group(3)).isEqualTo(match.group(1));
                    assertThat(text.length()).isEqualTo(("Narrative " + n + " for criterion " + criterion + ": ")
                            .length() + 2_000 + n + (" (end " + n + ")").length());
                    assertThat(startedSaves.getOrDefault(criterion, Set.of())).as("one that was being written")
                            .contains(n);
                }
            }
            SecurityContextHolder.setContextHolderStrategy(restarted.getBean(SecurityContextHolderStrategy.class));
            var check = SystemAuthentication.call(() -> restarted.getBean(AuditLog.class).verify());
            assertThat(check.firstBrokenEntryId()).as(check.problem()).isNull();
            System.out.printf("Crash test: killed after %d acknowledged writes (%d started); %d increments "
                    + "counted, %d acknowledged%n", acknowledged.size(), started.size(), counted, ackedLogs);
        }
    }

    /** This JVM's class path without empty entries, which would put the working folder on the child's. */
    private static String classPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static ConfigurableApplicationContext portal(String url) {
        return new SpringApplicationBuilder(PortalApplication.class).run(
                "--server.port=0",
                "--portal.data-dir=" + dataDir,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--portal.reminders.cron=-",
                "--portal.declarations.lapse-cron=-");
    }
}
