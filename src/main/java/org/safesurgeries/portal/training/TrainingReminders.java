package org.safesurgeries.portal.training;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.safesurgeries.portal.database.ReminderLedger;
import org.safesurgeries.portal.database.ReminderLedger.Due;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.training.TrainingEvents.RefresherDue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reminds a practice when a refresher is due: its most recent training session is {@code refresher-months} old.
 * Only refreshers that fell due in the last {@value #LOOK_BACK_DAYS} days are reminded of, so that the first run on
 * years of imported history does not send a reminder for every practice trained long ago. Every hour, on one
 * instance at a time, once per practice and due date.
 */
@Component
public class TrainingReminders {

    static final int LOOK_BACK_DAYS = 60;

    private record Latest(long practiceId, LocalDate lastTrainedOn) {
    }

    private final JdbcTemplate jdbc;
    private final ReminderLedger ledger;
    private final Clock clock;
    private final int refresherMonths;

    TrainingReminders(JdbcTemplate jdbc, ReminderLedger ledger, Clock clock,
                      @Value("${portal.training.refresher-months:24}") int refresherMonths) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
        this.refresherMonths = refresherMonths;
    }

    /** Returns how many reminders this run published; {@code null} when another instance holds the job. */
    @Scheduled(cron = "${portal.reminders.cron:0 5 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "training-reminders", lockAtLeastFor = "${portal.reminders.lock-at-least:PT30S}")
    @Transactional(propagation = Propagation.NEVER)
    public Integer remind() {
        var today = UkCalendar.today(clock);
        var now = clock.instant();
        var due = jdbc.query("""
                select a.practice_id, max(s.delivered_on) from training_attendance a
                join training_session s on s.id = a.session_id
                group by a.practice_id having max(s.delivered_on) <= ? and max(s.delivered_on) > ?
                """, (rs, n) -> new Latest(rs.getLong(1), rs.getDate(2).toLocalDate()),
                Date.valueOf(today.minusMonths(refresherMonths)),
                Date.valueOf(today.minusDays(LOOK_BACK_DAYS).minusMonths(refresherMonths)));
        return ledger.publishOnce("training-refresher", due, p -> new Due(Long.toString(p.practiceId()),
                p.lastTrainedOn().plusMonths(refresherMonths), new RefresherDue(UUID.randomUUID(), now,
                p.practiceId(), p.lastTrainedOn(), p.lastTrainedOn().plusMonths(refresherMonths))));
    }
}
