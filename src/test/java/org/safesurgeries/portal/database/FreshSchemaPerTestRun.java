package org.safesurgeries.portal.database;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first Spring context of a test run empties the test database and migrates it from scratch, so every run
 * starts from the same schema; later contexts in the same JVM share that database and only migrate.
 */
@Component
@Profile("test")
class FreshSchemaPerTestRun implements FlywayMigrationStrategy {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Override
    public void migrate(org.flywaydb.core.Flyway flyway) {
        if (CLEANED.compareAndSet(false, true)) {
            flyway.clean();
        }
        flyway.migrate();
    }
}
