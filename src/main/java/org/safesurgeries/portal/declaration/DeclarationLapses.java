package org.safesurgeries.portal.declaration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationLapsed;
import org.safesurgeries.portal.declaration.domain.Declarations;
import org.safesurgeries.portal.declaration.domain.SafeSurgeryDeclaration;
import org.safesurgeries.portal.shared.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Lapses declarations not confirmed for 15 months, every night and at start. Idempotent: a declaration lapses once,
 * each in its own transaction, and an instance that loses a race to another (optimistic lock) just moves on.
 */
@Component
public class DeclarationLapses {

    private static final Logger log = LoggerFactory.getLogger(DeclarationLapses.class);

    private final Declarations declarations;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeclarationLapses(Declarations declarations, TransactionTemplate transactions, ApplicationEventPublisher events,
                      Clock clock) {
        this.declarations = declarations;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        lapseOverdue();
    }

    /** Returns how many declarations this run lapsed; {@code null} when another instance holds the job. */
    @Scheduled(cron = "${portal.declarations.lapse-cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "declaration-lapses")
    public Integer lapseOverdue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), DeclarationService.UK);
        var overdue = declarations.declaredAndConfirmedOnOrBefore(
                today.minusMonths(SafeSurgeryDeclaration.LAPSE_AFTER_MONTHS));
        int lapsed = 0;
        for (var candidate : overdue) {
            try {
                Boolean done = transactions.execute(status -> lapse(candidate.getId(), today));
                if (Boolean.TRUE.equals(done)) {
                    lapsed++;
                }
            } catch (OptimisticLockingFailureException e) {
                log.info("Declaration {} changed while lapsing it; left to the next run", candidate.getId());
            }
        }
        if (lapsed > 0) {
            log.info("Lapsed {} declarations not confirmed for {} months", lapsed,
                    SafeSurgeryDeclaration.LAPSE_AFTER_MONTHS);
        }
        return lapsed;
    }

    private boolean lapse(long declarationId, LocalDate today) {
        var declaration = declarations.findById(declarationId).orElseThrow();
        LocalDate lastConfirmed = declaration.getLastConfirmedOn();
        if (!declaration.lapseIfOverdue(today, clock.instant())) {
            return false;
        }
        declarations.saveAndFlush(declaration);
        events.publishEvent(new DeclarationLapsed(UUID.randomUUID(), clock.instant(), CurrentActor.SYSTEM,
                declaration.getId(), declaration.getPracticeId(), lastConfirmed));
        return true;
    }
}
