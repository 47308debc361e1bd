package org.safesurgeries.portal.hostile;

import jakarta.persistence.EntityManager;
import org.safesurgeries.portal.shared.HostileOutcomes.Result;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs work against the shared database and leaves no trace: {@link #transaction} opens one transaction that is
 * always rolled back, and {@link #attempt} runs one try inside it under a JDBC savepoint that is rolled back too
 * (with the persistence context cleared), so every try starts from the same state. Services join the transaction,
 * so what a service stores can be read back with JDBC before it disappears; listeners meant to run after a commit
 * never do.
 */
final class RolledBack {

    private final TransactionTemplate outer;
    private final DataSource dataSource;
    private final EntityManager entityManager;

    RolledBack(PlatformTransactionManager transactions, DataSource dataSource, EntityManager entityManager) {
        this.outer = new TransactionTemplate(transactions);
        this.dataSource = dataSource;
        this.entityManager = entityManager;
    }

    void transaction(Runnable work) {
        outer.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    /**
     * One try, rolled back afterwards: {@code act} feeds the value to a service and returns what identifies the
     * result (an id), {@code readBack} reads what the database holds. A refusal is an {@link IllegalArgumentException}
     * (the services' way of refusing input, with a message for people); any other exception is a crash.
     */
    <T> Result attempt(Supplier<T> act, Function<T, String> readBack) {
        return undone(() -> {
            try {
                T done = act.get();
                entityManager.flush();
                return Result.stored(readBack.apply(done));
            } catch (IllegalArgumentException refused) {
                return Result.refused(refused.getMessage());
            } catch (RuntimeException crash) {
                return Result.crashed(crash);
            }
        });
    }

    /**
     * Runs work inside the current transaction under a JDBC savepoint that is rolled back afterwards (with the
     * persistence context cleared), and returns what it returned: what the work stored is gone, the transaction goes
     * on. For tries that share what was set up once in {@link #transaction}.
     */
    <T> T undone(Supplier<T> work) {
        entityManager.flush();
        var connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try {
            return work.get();
        } finally {
            try {
                connection.rollback(savepoint);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            entityManager.clear();
        }
    }
}
