package org.safesurgeries.portal.declaration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.safesurgeries.portal.database.ReminderLedger;
import org.safesurgeries.portal.database.ReminderLedger.Due;
import org.safesurgeries.portal.declaration.DeclarationEvents.LapseApproaching;
import org.safesurgeries.portal.declaration.DeclarationEvents.ReconfirmationDue;
import org.safesurgeries.portal.declaration.domain.Declarations;
import org.safesurgeries.portal.declaration.domain.SafeSurgeryDeclaration;
import org.safesurgeries.portal.shared.UkCalendar;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Reminds practices to confirm their declaration a year after they last did (12 months), and again when it is about
 * to lapse (14 months; it lapses at 15). Runs every hour on one instance at a time; the ledger makes each reminder
 * go out once per due date, so a missed hour only delays it.
 */
@Component
public class DeclarationReminders {

    /** Months after the last confirmation when the "about to lapse" reminder goes out. */
    static final int LAPSE_WARNING_AFTER_MONTHS = 14;

    private final Declarations declarations;
    private final ReminderLedger ledger;
    private final Clock clock;

    DeclarationReminders(Declarations declarations, ReminderLedger ledger, Clock clock) {
        this.declarations = declarations;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Returns how many reminders this run published; {@code null} when another instance holds the job. */
    @Scheduled(cron = "${portal.reminders.cron:0 5 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "declaration-reminders", lockAtLeastFor = "${portal.reminders.lock-at-least:PT30S}")
    @Transactional(propagation = Propagation.NEVER)
    public Integer remind() {
        var today = UkCalendar.today(clock);
        var now = clock.instant();
        var due = declarations.declaredAndConfirmedOnOrBefore(
                today.minusMonths(SafeSurgeryDeclaration.RECONFIRM_AFTER_MONTHS));
        int published = ledger.publishOnce("declaration-reconfirmation", due, d -> new Due(
                Long.toString(d.getId()), d.reconfirmationDueOn(), new ReconfirmationDue(UUID.randomUUID(), now,
                d.getId(), d.getPracticeId(), d.reconfirmationDueOn(), d.lapsesOn())));
        var lapsing = due.stream().filter(d -> !d.getLastConfirmedOn().plusMonths(LAPSE_WARNING_AFTER_MONTHS)
                .isAfter(today)).toList();
        return published + ledger.publishOnce("declaration-lapse", lapsing, d -> new Due(
                Long.toString(d.getId()), d.lapsesOn(), new LapseApproaching(UUID.randomUUID(), now, d.getId(),
                d.getPracticeId(), d.lapsesOn())));
    }
}
