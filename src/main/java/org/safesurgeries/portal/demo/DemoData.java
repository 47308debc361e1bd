package org.safesurgeries.portal.demo;

import org.safesurgeries.portal.practice.EpraccurImporter;
import org.safesurgeries.portal.practice.ImportProgress;
import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.PracticeChoices;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.safesurgeries.portal.award.AwardReminders;
import org.safesurgeries.portal.declaration.DeclarationReminders;
import org.safesurgeries.portal.training.TrainingReminders;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets up the demo at every start (idempotently): imports the fictional practices, names their ICBs, and makes sure
 * each demo user exists with the password the README lists.
 */
@Component
@Profile("demo")
@Order(20)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "safe-surgery-demo";

    /** The demo manager looks after two practices, so the difference between own and others' practices shows. */
    static final Set<String> MANAGED_PRACTICES = Set.of("Y90001", "Y90002");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final EpraccurImporter importer;
    private final AccountService accounts;
    private final PracticeChoices practices;
    private final JdbcTemplate jdbc;
    private final DemoDeclarations declarations;
    private final DemoTallies tallies;
    private final DemoChecks checks;
    private final DemoTraining training;
    private final DemoAwards awards;
    private final DemoCertificates certificates;
    private final List<Runnable> reminders;

    private final int generatedPractices;

    DemoData(EpraccurImporter importer, AccountService accounts, PracticeChoices practices, JdbcTemplate jdbc,
             DemoDeclarations declarations, DemoTallies tallies, DemoChecks checks,
             DemoTraining training, DemoAwards awards, DemoCertificates certificates,
             DeclarationReminders declarationReminders, AwardReminders awardReminders,
             TrainingReminders trainingReminders,
             @org.springframework.beans.factory.annotation.Value("${portal.demo.generated-practices:0}")
             int generatedPractices) {
        this.declarations = declarations;
        this.tallies = tallies;
        this.checks = checks;
        this.training = training;
        this.awards = awards;
        this.certificates = certificates;
        this.reminders = List.of(declarationReminders::remind, awardReminders::remind, trainingReminders::remind);
        this.generatedPractices = generatedPractices;
        this.importer = importer;
        this.accounts = accounts;
        this.practices = practices;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(() -> {
            var report = importer.importFile(resource("demo/epraccur-demo.csv"), "epraccur-demo.csv",
                    ImportProgress.NONE);
            nameIcbs();
            if (generatedPractices > 0) {
                importer.importFile(GeneratedPractices.epraccur(generatedPractices), "generated.csv",
                        ImportProgress.NONE);
            }
            // Every active practice, not a first page: the demo may run beside a national import.
            var ids = practices.search(null, Integer.MAX_VALUE).stream().collect(Collectors.toMap(
                    PracticeChoices.PracticeChoice::odsCode, PracticeChoices.PracticeChoice::id));
            Set<Long> managed = MANAGED_PRACTICES.stream().map(ids::get).collect(Collectors.toSet());
            accounts.ensureAccount("manager@demo.safesurgery.example", "Priya Patel", PASSWORD,
                    Set.of(Role.PRACTICE_MANAGER), managed);
            accounts.ensureAccount("trainer@demo.safesurgery.example", "Tom Okafor", PASSWORD,
                    Set.of(Role.TRAINER), Set.of());
            accounts.ensureAccount("reviewer@demo.safesurgery.example", "Rosa Haddad", PASSWORD,
                    Set.of(Role.REVIEWER), Set.of());
            accounts.ensureAccount(DemoAwards.LIVED, "Daniel Mensah", PASSWORD, Set.of(Role.REVIEWER), Set.of());
            accounts.ensureAccount("admin@demo.safesurgery.example", "Alex Morgan", PASSWORD,
                    Set.of(Role.ADMIN), Set.of());
            declarations.create(ids);
            tallies.create(ids);
            checks.create(ids);
            training.create(ids);
            awards.create(ids);
            certificates.create();
            // What the demo makes due (the overdue review) shows under the bell at once, not at the next hour.
            reminders.forEach(Runnable::run);
            if (generatedPractices > 0) {
                int declared = declarations.declareAll(GeneratedPractices.odsCodes(generatedPractices).stream()
                        .map(ids::get).filter(java.util.Objects::nonNull).toList());
                log.info("Demo: {} generated practices, {} newly declared", generatedPractices, declared);
            }
            log.info("Demo ready: practices {}; users listed in README.md", report.summary());
        });
    }

    private void nameIcbs() {
        String text = new String(resource("demo/icb-names.csv"), java.nio.charset.StandardCharsets.UTF_8);
        text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
            String[] parts = line.split(",", 2);
            jdbc.update("update icb set name = ? where code = ?", parts[1].strip(), parts[0].strip());
        });
    }

    private static byte[] resource(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo file " + path + " is missing from the build", e);
        }
    }
}
