package org.safesurgeries.portal.database;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalApplication;
import org.safesurgeries.portal.practice.EpraccurRows;
import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal configured as in production: an external MariaDB through spring.datasource.url (here a separate
 * MariaDB server started for the test), SMTP delivery, the first administrator from configuration, no demo.
 */
class ConfiguredDeploymentTest {

    private static EmbeddedMariaDb externalServer;
    private static GreenMail smtp;
    private static Path dataDir;
    private static ConfigurableApplicationContext portal;

    @BeforeAll
    static void start() throws Exception {
        externalServer = EmbeddedMariaDb.acquire(TestFolders.create("external-mariadb-"));
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        dataDir = TestFolders.create("portal-configured-");
        Path epraccur = dataDir.resolve("epraccur.csv");
        Files.write(epraccur, EpraccurRows.file()
                .practice("S10001", "Start-up Surgery", "M1 1AE", "A")
                .practice("S10002", "Second Start-up Surgery", "M1 3HE", "A").bytes());
        // As command-line arguments: they outrank application.properties, as environment variables would.
        portal = new SpringApplicationBuilder(PortalApplication.class).run(
                "--server.port=0",
                "--portal.data-dir=" + dataDir,
                "--spring.datasource.url=jdbc:mariadb://127.0.0.1:" + externalServer.port()
                        + "/external_portal?createDatabaseIfNotExist=true",
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--portal.mail.poll-interval=PT0.2S",
                "--portal.public-base-url=https://portal.example.org",
                "--portal.bootstrap-admin.email=first.admin@example.org",
                "--portal.bootstrap-admin.password=first admin long passphrase",
                "--portal.epraccur.import-on-start=" + epraccur);
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (externalServer != null) {
            externalServer.close();
        }
    }

    @Test
    void the_external_database_is_used_and_migrated_and_no_embedded_one_starts() throws Exception {
        try (var connection = portal.getBean(DataSource.class).getConnection()) {
            assertThat(connection.getMetaData().getURL()).contains("/external_portal");
        }
        var jdbc = portal.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isPositive();
        assertThat(portal.getBeanNamesForType(EmbeddedMariaDb.class)).isEmpty();
        assertThat(dataDir.resolve("mariadb")).doesNotExist();
    }

    @Test
    void the_epraccur_file_named_in_configuration_is_imported_at_start() {
        var jdbc = portal.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForList("select ods_code from practice order by ods_code", String.class))
                .containsExactly("S10001", "S10002");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select actor from audit_entry where action = 'EPRACCUR_IMPORTED'", String.class).contains("system"));
    }

    @Test
    void the_first_administrator_comes_from_configuration_and_there_are_no_demo_users() {
        var jdbc = portal.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForList("select email from user_account where email like '%demo%'")).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from user_account a join account_role r on r.account_id = a.id
                where a.email = 'first.admin@example.org' and r.role = 'ADMIN'""", Integer.class)).isOne();
    }

    @Test
    void an_invitation_is_delivered_over_smtp_and_marked_sent() throws Exception {
        var accounts = portal.getBean(AccountService.class);
        SystemAuthentication.run(() -> accounts.invite("new.trainer@example.org", "New Trainer", Set.of(Role.TRAINER),
                Set.of()));

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length > 0);
        var message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("new.trainer@example.org");
        assertThat(message.getSubject()).contains("invited");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(message))
                .contains("https://portal.example.org/invitation/");
        var jdbc = portal.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(jdbc.queryForObject(
                "select status from outbox_email where recipient = 'new.trainer@example.org'", String.class)));
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
