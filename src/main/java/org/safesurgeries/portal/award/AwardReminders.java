package org.safesurgeries.portal.award;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardEvents.AwardExpiring;
import org.safesurgeries.portal.award.AwardEvents.ReviewOverdue;
import org.safesurgeries.portal.database.ReminderLedger;
import org.safesurgeries.portal.database.ReminderLedger.Due;
import org.safesurgeries.portal.shared.UkCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Reminds practices that their award expires in 90 and in 30 days, and lead reviewers of applications waiting
 * longer than the review-time target. Every hour, on one instance at a time, each reminder once per due date.
 */
@Component
public class AwardReminders {

    static final List<Integer> EXPIRY_WARNING_DAYS = List.of(90, 30);

    private record Expiring(long awardId, long practiceId, LocalDate expiresOn) {
    }

    private record Waiting(long applicationId, long practiceId, ApplicationStatus status, LocalDate since) {
    }

    private final JdbcTemplate jdbc;
    private final ReminderLedger ledger;
    private final Clock clock;
    private final int targetDays;

    AwardReminders(JdbcTemplate jdbc, ReminderLedger ledger, Clock clock,
                   @Value("${portal.award.review-target-days:30}") int targetDays) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
        this.targetDays = targetDays;
    }

    /** Returns how many reminders this run published; {@code null} when another instance holds the job. */
    @Scheduled(cron = "${portal.reminders.cron:0 5 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "award-reminders", lockAtLeastFor = "${portal.reminders.lock-at-least:PT30S}")
    @Transactional(propagation = Propagation.NEVER)
    public Integer remind() {
        var today = UkCalendar.today(clock);
        var now = clock.instant();
        int published = 0;
        // Each warning covers its own stretch (31 to 90 days left, then 30 or fewer), so an award first seen with
        // 20 days left gets the 30-day reminder only.
        int after = 0;
        for (int days : EXPIRY_WARNING_DAYS.reversed()) {
            var expiring = jdbc.query("""
                    select id, practice_id, expires_on from award
                    where status = 'ACTIVE' and expires_on > ? and expires_on <= ?
                    """, (rs, n) -> new Expiring(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()),
                    Date.valueOf(today.plusDays(after)), Date.valueOf(today.plusDays(days)));
            after = days;
            published += ledger.publishOnce("award-expiring-" + days, expiring, a -> new Due(
                    Long.toString(a.awardId()), a.expiresOn().minusDays(days), new AwardExpiring(UUID.randomUUID(),
                    now, a.awardId(), a.practiceId(), a.expiresOn(), days)));
        }
        var waiting = jdbc.query("""
                select id, practice_id, status, status_since from award_application
                where status in ('SUBMITTED', 'UNDER_REVIEW') and status_since <= ?
                """, (rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2), ApplicationStatus.valueOf(rs.getString(3)),
                        LocalDate.ofInstant(rs.getTimestamp(4).toInstant(), UkCalendar.ZONE)),
                java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(targetDays))));
        // The due date is the day the target passed in this state: a second round, or the next state, is a new one.
        published += ledger.publishOnce("review-overdue", waiting, w -> new Due(
                w.applicationId() + ":" + w.status(), w.since().plusDays(targetDays), new ReviewOverdue(
                UUID.randomUUID(), now, w.applicationId(), w.practiceId(), w.status(), w.since(), targetDays)));
        return published;
    }
}
