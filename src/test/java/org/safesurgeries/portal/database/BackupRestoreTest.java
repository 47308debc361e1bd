package org.safesurgeries.portal.database;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.safesurgeries.portal.PortalApplication;
import org.safesurgeries.portal.audit.AuditLog;
import org.safesurgeries.portal.audit.ChainCheck;
import org.safesurgeries.portal.certificate.SigningKeys;
import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.FileSystemUtils;

import java.lang.ProcessBuilder.Redirect;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The backup and restore of docs/operations.md, done as an operator would after losing the machine: a portal running
 * on its database makes audited changes; mariadb-dump copies the database while the portal runs; the signing folder
 * is copied; the original server is then stopped and deleted; the mariadb client loads the dump into a fresh server,
 * and a portal starts on it with the copied signing folder. The two servers run in different time zones, neither of
 * them UTC, as after a move to a host configured otherwise.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreTest {

    private static final String ADMIN = "first.admin@example.org";
    private static final String ADMIN_PASSWORD = "first admin long passphrase";
    private static final List<String> INVITED = List.of("kept.trainer@example.org", "kept.reviewer@example.org",
            "left.trainer@example.org");
    private static final List<String> COMPARED = List.of("select * from user_account order by id",
            "select * from account_role order by account_id, role",
            "select * from audit_entry order by id",
            "select * from audit_chain_head",
            "select * from flyway_schema_history order by installed_rank");

    private static SeparateMariaDb originalServer;
    private static SeparateMariaDb restoredServer;
    private static Path originalDataDir;
    private static Path restoredDataDir;
    private static Path backupDir;
    private static ConfigurableApplicationContext original;
    private static ConfigurableApplicationContext restored;
    private static String evidenceSha256;
    private static Original backedUp;
    private static Map<String, Long> restoredChecksums;
    private static Instant changesStarted;
    private static Instant changesEnded;

    /** What the original portal held when it was backed up, read before its server was deleted. */
    private record Original(Map<String, Long> checksums, Map<String, List<Map<String, Object>>> rows,
                            ChainCheck chain, X509Certificate signingCertificate, List<Instant> auditTimes) {
    }

    @BeforeAll
    static void backUpLoseTheServerAndRestore() throws Exception {
        originalServer = SeparateMariaDb.start("backup").withTimeZone("+05:00");
        originalDataDir = TestFolders.create("portal-backed-up-");
        changesStarted = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        original = portal(originalServer, originalDataDir);
        makeAuditedChanges();
        changesEnded = Instant.now();
        storeEvidenceBytes();

        backupDir = TestFolders.create("portal-backup-");
        Path dump = backupDir.resolve("portal.sql");
        run(List.of(originalServer.program("mariadb-dump").toString(), "--host=127.0.0.1",
                "--port=" + originalServer.port(), "--user=root", "--single-transaction", "--routines", "--triggers",
                "--events", "--hex-blob", "portal"), Redirect.PIPE, Redirect.to(dump.toFile()));
        Path signing = backupDir.resolve("signing");
        FileSystemUtils.copyRecursively(originalDataDir.resolve("signing"), signing);
        backedUp = readOriginal();
        loseTheOriginal();

        restoredServer = SeparateMariaDb.start("restore").withTimeZone("-03:00");
        List<String> client = List.of(restoredServer.program("mariadb").toString(), "--host=127.0.0.1",
                "--port=" + restoredServer.port(), "--user=root");
        run(concat(client, "--execute=CREATE DATABASE portal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"),
                Redirect.PIPE, Redirect.DISCARD);
        run(concat(client, "portal"), Redirect.from(dump.toFile()), Redirect.DISCARD);
        restoredChecksums = checksums(new JdbcTemplate(new DriverManagerDataSource(restoredServer.url("portal"),
                "root", "")));
        restoredDataDir = TestFolders.create("portal-restored-");
        FileSystemUtils.copyRecursively(signing, restoredDataDir.resolve("signing"));
        restored = portal(restoredServer, restoredDataDir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (restored != null) {
            restored.close();
        }
        if (restoredServer != null) {
            restoredServer.close();
        }
        loseTheOriginal();
        for (var folder : new Path[] {restoredDataDir, backupDir}) {
            if (folder != null) {
                FileSystemUtils.deleteRecursively(folder);
            }
        }
    }

    @Test
    @Order(1)
    void every_table_of_the_restored_database_holds_what_the_original_held() {
        assertThat(backedUp.checksums()).containsKeys("audit_entry", "audit_chain_head", "user_account",
                "flyway_schema_history", "EVENT_PUBLICATION", "award_evidence_content");
        assertThat(restoredChecksums).isEqualTo(backedUp.checksums());
    }

    @Test
    @Order(2)
    void the_restored_portal_has_the_same_accounts_audit_entries_and_migration_history_and_migrates_nothing() {
        var jdbc = restored.getBean(JdbcTemplate.class);
        for (String query : COMPARED) {
            assertThat(jdbc.queryForList(query)).as(query).isNotEmpty().isEqualTo(backedUp.rows().get(query));
        }
        assertThat(jdbc.queryForList("select email from user_account where active order by email", String.class))
                .containsExactly(ADMIN, INVITED.get(1), INVITED.get(0));
        assertThat(restored.getBean(Flyway.class).info().pending()).isEmpty();
    }

    @Test
    @Order(3)
    void the_audit_chain_of_the_restored_database_verifies_entry_for_entry() {
        ChainCheck check = asAdmin(restored, () -> restored.getBean(AuditLog.class).verify());
        assertThat(backedUp.chain().intact()).as(backedUp.chain().problem()).isTrue();
        assertThat(check.intact()).as(check.problem()).isTrue();
        assertThat(check.entriesChecked()).isEqualTo(backedUp.chain().entriesChecked()).isEqualTo(5);
    }

    @Test
    @Order(4)
    void the_stored_times_are_the_real_instants_although_neither_server_runs_in_utc() {
        assertThat(backedUp.auditTimes()).hasSize(5)
                .allSatisfy(time -> assertThat(time).isBetween(changesStarted, changesEnded));
        var restoredTimes = restored.getBean(JdbcTemplate.class).queryForList(
                "select unix_timestamp(occurred_at) from audit_entry order by id limit 5", BigDecimal.class);
        assertThat(restoredTimes.stream().map(BackupRestoreTest::instant).toList())
                .isEqualTo(backedUp.auditTimes());
    }

    @Test
    @Order(5)
    void evidence_bytes_and_the_signing_key_come_back_unchanged_and_the_admin_signs_in_with_the_same_password()
            throws Exception {
        byte[] bytes = restored.getBean(JdbcTemplate.class).queryForObject(
                "select bytes from award_evidence_content where sha256 = ?", byte[].class, evidenceSha256);
        assertThat(sha256(bytes)).isEqualTo(evidenceSha256);
        assertThat(restored.getBean(SigningKeys.class).certificate()).isEqualTo(backedUp.signingCertificate());
        var signIn = restored.getBean(AuthenticationManager.class)
                .authenticate(new UsernamePasswordAuthenticationToken(ADMIN, ADMIN_PASSWORD));
        assertThat(signIn.isAuthenticated()).isTrue();
    }

    @Test
    @Order(6)
    void a_change_on_the_restored_portal_continues_the_restored_chain() {
        var jdbc = restored.getBean(JdbcTemplate.class);
        awaitListeners(jdbc);
        int entries = auditCount(jdbc);
        String lastHash = jdbc.queryForObject("select entry_hash from audit_entry order by id desc limit 1",
                String.class);
        asAdmin(restored, () -> restored.getBean(AccountService.class).invite("after.restore@example.org",
                "After Restore", Set.of(Role.TRAINER), Set.of()));
        awaitListeners(jdbc);

        var newest = jdbc.queryForMap("select action, previous_hash from audit_entry order by id desc limit 1");
        assertThat(newest).containsEntry("action", "USER_INVITED").containsEntry("previous_hash", lastHash);
        ChainCheck check = asAdmin(restored, () -> restored.getBean(AuditLog.class).verify());
        assertThat(check.intact()).as(check.problem()).isTrue();
        assertThat(check.entriesChecked()).isEqualTo(entries + 1);
    }

    /** Configured like production: an external database, the first administrator from configuration, no demo. */
    private static ConfigurableApplicationContext portal(SeparateMariaDb server, Path dataDir) {
        return new SpringApplicationBuilder(PortalApplication.class).run(
                "--server.port=0",
                "--portal.data-dir=" + dataDir,
                "--spring.datasource.url=" + server.url("portal"),
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--portal.bootstrap-admin.email=" + ADMIN,
                "--portal.bootstrap-admin.password=" + ADMIN_PASSWORD,
                "--portal.reminders.cron=-",
                "--portal.declarations.lapse-cron=-");
    }

    /** The first administrator (made at start), three invitations and a deactivation: five audit entries. */
    private static void makeAuditedChanges() {
        var accounts = original.getBean(AccountService.class);
        var ids = new ArrayList<Long>();
        asAdmin(original, () -> {
            for (String email : INVITED) {
                ids.add(accounts.invite(email, "Person " + email, Set.of(Role.TRAINER), Set.of()).id());
            }
            accounts.deactivate(ids.getLast());
            return null;
        });
        var jdbc = original.getBean(JdbcTemplate.class);
        awaitListeners(jdbc);
        assertThat(auditCount(jdbc)).isEqualTo(5);
    }

    private static Original readOriginal() {
        var jdbc = original.getBean(JdbcTemplate.class);
        var rows = new TreeMap<String, List<Map<String, Object>>>();
        for (String query : COMPARED) {
            rows.put(query, jdbc.queryForList(query));
        }
        // unix_timestamp reads the instant MariaDB holds, whatever the session's time zone.
        List<Instant> auditTimes = jdbc.queryForList("select unix_timestamp(occurred_at) from audit_entry order by id",
                BigDecimal.class).stream().map(BackupRestoreTest::instant).toList();
        return new Original(checksums(jdbc), rows, asAdmin(original, () -> original.getBean(AuditLog.class).verify()),
                original.getBean(SigningKeys.class).certificate(), auditTimes);
    }

    /** The original portal, its database server and its data folder go, as with a machine that is lost. */
    private static void loseTheOriginal() throws Exception {
        if (original != null) {
            original.close();
            original = null;
        }
        if (originalServer != null) {
            originalServer.close();
            originalServer = null;
        }
        if (originalDataDir != null) {
            FileSystemUtils.deleteRecursively(originalDataDir);
            originalDataDir = null;
        }
    }

    /** The audit trail and the notices are written by asynchronous listeners, after the change has committed. */
    private static void awaitListeners(JdbcTemplate jdbc) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where completion_date is null", Integer.class) == 0);
    }

    /**
     * Every byte value, as an uploaded evidence file holds them: the dump must carry binary content unchanged. Written
     * straight into the content table, since an award application would bring nothing more to a backup.
     */
    private static void storeEvidenceBytes() throws Exception {
        byte[] bytes = new byte[256 * 1024];
        new Random(10).nextBytes(bytes);
        for (int i = 0; i < 256; i++) {
            bytes[i] = (byte) i;
        }
        evidenceSha256 = sha256(bytes);
        original.getBean(JdbcTemplate.class).update(
                "insert into award_evidence_content (sha256, bytes) values (?, ?)", evidenceSha256, bytes);
    }

    private static Map<String, Long> checksums(JdbcTemplate jdbc) {
        var checksums = new TreeMap<String, Long>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = database()", String.class)) {
            jdbc.query("checksum table `" + table + "`", row -> {
                checksums.put(table, row.getLong(2));
            });
        }
        return checksums;
    }

    private static Instant instant(BigDecimal epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds.longValue(),
                epochSeconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }

    private static int auditCount(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from audit_entry", Integer.class);
    }

    /** Runs a MariaDB program; PIPE as input means none (the program gets an empty, closed input). */
    private static void run(List<String> command, Redirect input, Redirect output) throws Exception {
        Path errors = Files.createTempFile(backupDir, "stderr-", ".txt");
        var process = new ProcessBuilder(command).redirectInput(input).redirectOutput(output)
                .redirectError(errors.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command.getFirst() + " did not finish within a minute");
        }
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), Files.readString(errors)).isZero();
    }

    private static List<String> concat(List<String> command, String argument) {
        var all = new ArrayList<>(command);
        all.add(argument);
        return all;
    }

    /** Runs as the system with the admin role on this portal (each context has its own security-context strategy). */
    private static <T> T asAdmin(ConfigurableApplicationContext portal, Supplier<T> work) {
        SecurityContextHolder.setContextHolderStrategy(portal.getBean(SecurityContextHolderStrategy.class));
        return SystemAuthentication.call(work);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
