package org.safesurgeries.portal.database;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Publishes each reminder once per subject and due date, across restarts and instances. For every candidate a row
 * goes into {@code reminder_ledger} and the reminder's event is published in the same transaction, so both commit
 * together or not at all (and the event publication registry then hands the event on durably); a candidate whose
 * row exists already publishes nothing.
 */
@Component
public class ReminderLedger {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReminderLedger(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** One reminder due for one subject (a declaration, an award, a practice) on one date. */
    public record Due(String subjectKey, LocalDate dueOn, Object event) {
    }

    /** Publishes the reminders not published before; returns how many this call published. */
    public <T> int publishOnce(String reminder, List<T> candidates, Function<T, Due> due) {
        int published = 0;
        for (T candidate : candidates) {
            var next = due.apply(candidate);
            Boolean first = transactions.execute(status -> {
                if (jdbc.update("insert ignore into reminder_ledger (reminder, subject_key, due_on, issued_at) "
                        + "values (?, ?, ?, ?)", reminder, next.subjectKey(), Date.valueOf(next.dueOn()),
                        Timestamp.from(clock.instant())) == 0) {
                    return false;
                }
                events.publishEvent(next.event());
                return true;
            });
            if (Boolean.TRUE.equals(first)) {
                published++;
            }
        }
        return published;
    }
}
