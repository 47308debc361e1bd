package org.safesurgeries.portal.hostile;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.safesurgeries.portal.shared.HostileOutcomes;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The frame every hostile-input sweep shares: before each test a {@link RolledBack} on the test's Spring context,
 * after it a failure for every input the test swept that went wrong, and after the class its line of figures.
 * Register it after the class's outcomes: {@code @RegisterExtension static final HostileSweep SWEEP = new
 * HostileSweep(OUTCOMES);}.
 */
final class HostileSweep implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private final HostileOutcomes outcomes;
    private final Set<String> swept = new LinkedHashSet<>();
    private RolledBack rolledBack;

    HostileSweep(HostileOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    HostileOutcomes outcomes() {
        return outcomes;
    }

    RolledBack rolledBack() {
        return rolledBack;
    }

    /** Names an input this test fed the corpus to, so its failures fail the test. */
    void swept(String input) {
        swept.add(input);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        swept.clear();
        var spring = SpringExtension.getApplicationContext(context);
        rolledBack = new RolledBack(spring.getBean(PlatformTransactionManager.class), spring.getBean(DataSource.class),
                spring.getBean(EntityManager.class));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        outcomes.assertNoFailures(swept);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        outcomes.printSummary();
    }
}
