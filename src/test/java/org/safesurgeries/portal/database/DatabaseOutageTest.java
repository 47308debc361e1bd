package org.safesurgeries.portal.database;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalApplication;
import org.safesurgeries.portal.audit.AuditLog;
import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * MariaDB stops while the portal runs and starts again: actions fail with a database error that the UI and the
 * APIs turn into "try again" (503 for the APIs), nothing of a failed action is half-saved, and the portal recovers
 * by itself (the pool replaces its dead connections) without a restart.
 */
class DatabaseOutageTest {

    private static EmbeddedMariaDb server;
    private static ConfigurableApplicationContext portal;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedMariaDb.acquire(TestFolders.create("outage-mariadb-"));
        portal = new SpringApplicationBuilder(PortalApplication.class).run(
                "--server.port=0",
                "--portal.data-dir=" + TestFolders.create("portal-outage-"),
                "--spring.datasource.url=jdbc:mariadb://127.0.0.1:" + server.port()
                        + "/portal?createDatabaseIfNotExist=true",
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.connection-timeout=2000",
                "--portal.reminders.cron=-",
                "--portal.declarations.lapse-cron=-");
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void an_outage_fails_actions_cleanly_the_apis_say_503_and_the_portal_recovers_without_a_restart()
            throws Exception {
        var accounts = portal.getBean(AccountService.class);
        var jdbc = portal.getBean(JdbcTemplate.class);
        asSystem(() -> accounts.invite("before@example.org", "Before Outage", Set.of(Role.TRAINER), Set.of()));

        server.stopProcess();
        try {
            assertThatThrownBy(() -> asSystem(() -> accounts.invite("during@example.org", "During Outage",
                    Set.of(Role.TRAINER), Set.of())))
                    .isInstanceOfAny(CannotCreateTransactionException.class, DataAccessResourceFailureException.class);
            var response = get("/api/verify/AWARDSANCT260C");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(response.body()).contains("try again");
        } finally {
            server.startProcess();
        }

        // No restart: the pool drops its dead connections and the same action works again.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            asSystem(() -> accounts.invite("after@example.org", "After Outage", Set.of(Role.TRAINER), Set.of()));
            return true;
        });
        assertThat(get("/api/verify/AWARDSANCT260C").statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForList("select email from user_account where email like '%@example.org' order by id",
                String.class)).containsExactly("before@example.org", "after@example.org");
        assertThat(jdbc.queryForObject("select count(*) from outbox_email where recipient = 'during@example.org'",
                Integer.class)).as("nothing of the failed action").isZero();
        // An audit append that the outage interrupted is handed to its listener again from the event registry.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            portal.getBean(StalledEventRetry.class).retryOlderThan(Duration.ZERO);
            return jdbc.queryForObject("select count(*) from audit_entry where action = 'USER_INVITED'",
                    Integer.class) == 2;
        });
        var check = call(() -> portal.getBean(AuditLog.class).verify());
        assertThat(check.firstBrokenEntryId()).as(check.problem()).isNull();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void asSystem(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    // Each portal context in this JVM has its own security-context strategy: use this one's.
    private static <T> T call(Supplier<T> work) {
        SecurityContextHolder.setContextHolderStrategy(portal.getBean(SecurityContextHolderStrategy.class));
        return SystemAuthentication.call(work);
    }
}
