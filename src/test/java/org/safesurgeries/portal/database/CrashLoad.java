package org.safesurgeries.portal.database;

import org.safesurgeries.portal.PortalApplication;
import org.safesurgeries.portal.award.AwardApplicationService;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.Outcome;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RegistrationType;
import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.TallyKey;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The portal under load, run as a process of its own by {@link CrashRecoveryTest}, which kills it with SIGKILL
 * mid-way. It starts the whole portal on the given database, then makes 1,000 writes from 16 threads: tally
 * increments and award narrative saves through the real services, as an administrator. Each write is announced on
 * standard output before it starts ({@code START}) and after it committed ({@code ACK}), so the test knows what was
 * acknowledged and what was in flight when the process died.
 * <p>
 * Arguments: database URL, data folder, practice id, application id, criterion ids (comma-separated).
 */
public final class CrashLoad {

    static final int WRITES = 1_000;

    private CrashLoad() {
    }

    public static void main(String[] args) throws Exception {
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        var portal = new SpringApplicationBuilder(PortalApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + args[0],
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--portal.data-dir=" + args[1],
                "--portal.reminders.cron=-",
                "--portal.declarations.lapse-cron=-",
                "--logging.level.root=WARN");
        long practice = Long.parseLong(args[2]);
        long application = Long.parseLong(args[3]);
        List<Long> criteria = java.util.Arrays.stream(args[4].split(",")).map(Long::parseLong).toList();
        var tally = portal.getBean(RegistrationTally.class);
        var applications = portal.getBean(AwardApplicationService.class);
        var jdbc = portal.getBean(JdbcTemplate.class);
        var key = new TallyKey(tally.currentMonth(), RegistrationType.PERMANENT, Set.of(), null, Outcome.REGISTERED, null);
        var sequence = new AtomicLong();
        out.println("READY");
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < WRITES; i++) {
                int n = i;
                pool.submit(() -> SystemAuthentication.run(() -> {
                    if (n % 2 == 0) {
                        out.println("START LOG " + n);
                        tally.log(practice, key);
                        out.println("ACK LOG " + n);
                    } else {
                        long criterion = criteria.get(n % criteria.size());
                        String text = "Narrative " + n + " for criterion " + criterion + ": "
                                + "x".repeat(2_000 + n) + " (end " + n + ")";
                        long version = jdbc.queryForList("select version from award_response where application_id = ? "
                                + "and criterion_id = ?", Long.class, application, criterion).stream().findFirst()
                                .orElse(-1L);
                        out.println("START SAVE " + criterion + " " + n + " " + sequence.incrementAndGet());
                        try {
                            applications.saveNarrative(application, criterion, version, text);
                            out.println("ACK SAVE " + criterion + " " + n);
                        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                            out.println("REFUSED SAVE " + criterion + " " + n);
                        }
                    }
                }));
            }
        }
        out.println("DONE");
        portal.close();
    }
}
