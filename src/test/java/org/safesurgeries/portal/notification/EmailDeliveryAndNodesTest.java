package org.safesurgeries.portal.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.safesurgeries.portal.PortalApplication;
import org.safesurgeries.portal.database.SeparateMariaDb;
import org.safesurgeries.portal.database.TestFolders;
import org.safesurgeries.portal.declaration.DeclarationReminders;
import org.safesurgeries.portal.practice.Headcounts;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Email delivery over real SMTP (GreenMail in this JVM) and two portal instances on one MariaDB: delivery, retries
 * while the server is down, a failed email resent, an instance stopping mid-delivery, no email sent by two
 * instances, the same data served by both with optimistic locking between them, and a reminder job run once
 * between two instances.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmailDeliveryAndNodesTest {

    private static SeparateMariaDb database;
    private static ServerSetup smtpSetup;
    private static GreenMail smtp;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void start() throws Exception {
        database = SeparateMariaDb.start("nodes");
        smtpSetup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        smtp = new GreenMail(smtpSetup);
        smtp.start();
        nodeA = node("PT0.2S");
        nodeB = node("PT0.2S");
    }

    @AfterAll
    static void stop() {
        for (var node : Arrays.asList(nodeA, nodeB)) {
            if (node != null) {
                node.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    static ConfigurableApplicationContext node(String pollInterval) throws Exception {
        return new SpringApplicationBuilder(PortalApplication.class).run(
                "--server.port=0",
                "--portal.data-dir=" + TestFolders.create("portal-node-"),
                "--spring.datasource.url=" + database.url("portal_nodes"),
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpSetup.getPort(),
                "--portal.public-base-url=https://portal.example.org",
                "--portal.mail.poll-interval=" + pollInterval,
                "--portal.mail.lease=PT4S",
                "--portal.mail.retry-base=PT0.5S",
                "--portal.mail.retry-cap=PT1S",
                "--portal.mail.max-attempts=8",
                "--portal.reminders.cron=-",
                "--portal.declarations.lapse-cron=-");
    }

    @Test
    @Order(1)
    void an_email_is_delivered_once_with_the_message_id_it_was_written_with_and_marked_sent() throws Exception {
        write("first@example.org");
        var received = awaitReceived("first@example.org", 1);
        assertThat(received.getFirst().getMessageID()).isEqualTo(row("first@example.org").messageId());
        assertThat(received.getFirst().getSubject()).isEqualTo("Test email for first@example.org");
        await().atMost(Duration.ofSeconds(10)).until(() -> row("first@example.org").status()
                == OutboxEmail.Status.SENT);
        assertThat(row("first@example.org").attempts()).isOne();
    }

    @Test
    @Order(2)
    void while_the_server_is_down_emails_are_retried_and_go_out_once_when_it_is_back() throws Exception {
        smtp.stop();
        write("patient.wait@example.org");
        await().atMost(Duration.ofSeconds(20)).until(() -> row("patient.wait@example.org").attempts() >= 2);
        var waiting = row("patient.wait@example.org");
        assertThat(waiting.status()).isEqualTo(OutboxEmail.Status.QUEUED);
        assertThat(waiting.lastError()).isNotBlank();

        smtp = new GreenMail(smtpSetup);
        smtp.start();
        awaitReceived("patient.wait@example.org", 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> row("patient.wait@example.org").status()
                == OutboxEmail.Status.SENT);
        Thread.sleep(1000);
        assertThat(received("patient.wait@example.org")).hasSize(1);
    }

    @Test
    @Order(3)
    void after_its_last_attempt_an_email_is_marked_failed_and_an_admin_can_send_it_again() throws Exception {
        smtp.stop();
        write("failed.then.resent@example.org");
        await().atMost(Duration.ofSeconds(30)).until(() -> row("failed.then.resent@example.org").status()
                == OutboxEmail.Status.FAILED);
        var failed = row("failed.then.resent@example.org");
        assertThat(failed.attempts()).isEqualTo(8);
        assertThat(failed.lastError()).isNotBlank();

        smtp = new GreenMail(smtpSetup);
        smtp.start();
        Thread.sleep(600);
        assertThat(received("failed.then.resent@example.org")).as("a failed email waits for an admin").isEmpty();
        var outbox = nodeA.getBean(Outbox.class);
        asSystem(nodeA, () -> outbox.resend(failed.id(), failed.version()));
        awaitReceived("failed.then.resent@example.org", 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> row("failed.then.resent@example.org").status()
                == OutboxEmail.Status.SENT);
    }

    @Test
    @Order(4)
    void two_instances_polling_the_same_outbox_send_every_email_exactly_once() throws Exception {
        for (int i = 0; i < 30; i++) {
            write("many" + i + "@example.org");
        }
        for (int i = 0; i < 30; i++) {
            awaitReceived("many" + i + "@example.org", 1);
        }
        Thread.sleep(1000);
        for (int i = 0; i < 30; i++) {
            assertThat(received("many" + i + "@example.org")).as("many" + i).hasSize(1);
        }
    }

    @Test
    @Order(5)
    void two_instances_serve_the_same_data_and_optimistic_locking_stops_a_lost_update_between_them() {
        var jdbc = nodeA.getBean(JdbcTemplate.class);
        long practice = practice(jdbc, "N91002", "Shared Edit Surgery");
        var onA = nodeA.getBean(PracticeService.class);
        var onB = nodeB.getBean(PracticeService.class);
        var seenByA = call(nodeA, () -> onA.get(practice));
        var seenByB = call(nodeB, () -> onB.get(practice));
        assertThat(seenByB.version()).isEqualTo(seenByA.version());

        call(nodeA, () -> onA.changeHeadcounts(practice, seenByA.version(), new Headcounts(6, 4, 1, 0)));
        assertThatThrownBy(() -> call(nodeB, () -> onB.changeHeadcounts(practice, seenByB.version(),
                new Headcounts(9, 9, 9, 9))))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(call(nodeB, () -> onB.get(practice)).headcounts()).as("B sees A's edit, not its own")
                .isEqualTo(new Headcounts(6, 4, 1, 0));
    }

    @Test
    @Order(6)
    void two_instances_run_a_reminder_job_once_between_them() throws Exception {
        var jdbc = nodeA.getBean(JdbcTemplate.class);
        var fixtures = new NotificationFixtures(jdbc, nodeA.getBean(AccountService.class));
        long practice = practice(jdbc, "N91001", "Two Node Surgery");
        asSystem(nodeA, () -> fixtures.person("two.nodes@example.org", "Tess Nodes", Role.PRACTICE_MANAGER,
                practice));
        var confirmed = LocalDate.now(ZoneId.of("Europe/London")).minusMonths(12).minusDays(1);
        jdbc.update("""
                insert into declaration (practice_id, version_number, status, signatory_name, signed_on,
                                         last_confirmed_on, created_at, updated_at)
                values (?, 1, 'DECLARED', 'Dr Nodes', ?, ?, now(6), now(6))
                """, practice, Date.valueOf(confirmed), Date.valueOf(confirmed));

        var start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var node : List.of(nodeA, nodeB)) {
                var job = node.getBean(DeclarationReminders.class);
                runs.add(pool.submit(() -> {
                    start.await();
                    return job.remind();
                }));
            }
            start.countDown();
            var results = new ArrayList<Integer>();
            for (var run : runs) {
                results.add(run.get());
            }
            assertThat(results.stream().filter(Objects::nonNull)).as("ran on exactly one instance").hasSize(1);
            assertThat(results.stream().filter(Objects::nonNull).findFirst().orElseThrow()).isOne();
        }
        // Just after, the lock is still held (lockAtLeastFor), so neither runs it again.
        assertThat(nodeB.getBean(DeclarationReminders.class).remind()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'declaration-reminders'",
                Integer.class)).isOne();
        awaitReceived("two.nodes@example.org", 1);
        Thread.sleep(1000);
        assertThat(fixtures.notices("two.nodes@example.org", NotificationKind.RECONFIRMATION_DUE)).isOne();
        assertThat(received("two.nodes@example.org")).hasSize(1);
    }

    /**
     * An instance stops mid-delivery and the portal starts again. An email it had claimed but not yet sent is sent
     * once, after its lease. The one case SMTP cannot make exactly-once is an email the server accepted in the instant
     * before the stop, with "sent" not yet written: it is sent again, with the same Message-ID, by which mail systems
     * recognise the duplicate (decision 013).
     */
    @Test
    @Order(7)
    void after_an_instance_stops_mid_delivery_the_restarted_portal_sends_what_it_had_claimed() throws Exception {
        nodeA.close();
        nodeA = null;
        nodeB.close();
        nodeB = null;
        // An instance that polls once an hour, so that nothing happens on it but what the test does.
        var stopping = node("PT1H");
        try {
            write(stopping, "interrupted@example.org");
            var interrupted = claimOn(stopping, "interrupted@example.org");
            write(stopping, "accepted.then.stopped@example.org");
            var accepted = claimOn(stopping, "accepted.then.stopped@example.org");
            // What the server accepted before the stop: the message as the sender builds it, Message-ID included.
            var mail = stopping.getBean(org.springframework.mail.javamail.JavaMailSender.class);
            var message = mail.createMimeMessage();
            message.setFrom("no-reply@example.org");
            message.setRecipients(jakarta.mail.Message.RecipientType.TO, accepted.recipient());
            message.setSubject(accepted.subject());
            message.setText(accepted.bodyText());
            message.setHeader("Message-ID", accepted.messageId());
            mail.send(message);
            assertThat(row(stopping, interrupted.recipient()).status()).isEqualTo(OutboxEmail.Status.SENDING);
        } finally {
            stopping.close();
        }
        nodeA = node("PT0.2S");
        awaitReceived("interrupted@example.org", 1);
        var copies = awaitReceived("accepted.then.stopped@example.org", 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> row("interrupted@example.org").status()
                == OutboxEmail.Status.SENT);
        Thread.sleep(1000);
        assertThat(received("interrupted@example.org")).as("claimed, not sent: sent once").hasSize(1);
        assertThat(copies).extracting(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).as("accepted, not marked: the same email again").hasSize(2)
                .containsOnly(row("accepted.then.stopped@example.org").messageId());
    }

    private static OutboxEmail claimOn(ConfigurableApplicationContext node, String recipient) {
        var sender = node.getBean(OutboxSender.class);
        var claimed = sender.claimNext();
        assertThat(claimed).isNotNull();
        assertThat(claimed.email().recipient()).isEqualTo(recipient);
        return claimed.email();
    }

    /** Runs as the system on this node (each portal context has its own security-context strategy). */
    private static void asSystem(ConfigurableApplicationContext node, Runnable work) {
        call(node, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T call(ConfigurableApplicationContext node, java.util.function.Supplier<T> work) {
        SecurityContextHolder.setContextHolderStrategy(node.getBean(SecurityContextHolderStrategy.class));
        return SystemAuthentication.call(work);
    }

    private static long practice(JdbcTemplate jdbc, String odsCode, String name) {
        jdbc.update("""
                insert into practice (ods_code, name, status, created_at, updated_at)
                values (?, ?, 'ACTIVE', now(6), now(6))
                """, odsCode, name);
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }

    private static void write(String recipient) {
        write(nodeA, recipient);
    }

    private static void write(ConfigurableApplicationContext node, String recipient) {
        node.getBean(Outbox.class).store(new EmailMessage("TEST", recipient, "Test email for " + recipient,
                "Hello " + recipient, "<p>Hello " + recipient + "</p>"), null);
    }

    private static OutboxEmail row(String recipient) {
        return row(nodeA, recipient);
    }

    private static OutboxEmail row(ConfigurableApplicationContext node, String recipient) {
        return node.getBean(JdbcTemplate.class).query("select * from outbox_email where recipient = ?", Outbox.ROW,
                recipient).getFirst();
    }

    private static List<MimeMessage> received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(recipient);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<MimeMessage> awaitReceived(String recipient, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> received(recipient).size() >= count);
        return received(recipient);
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
