package org.safesurgeries.portal.award;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.AwardChoices.AwardStanding;
import org.safesurgeries.portal.award.AwardEvents.AwardReinstated;
import org.safesurgeries.portal.award.AwardEvents.AwardRevoked;
import org.safesurgeries.portal.award.AwardEvents.AwardSuspended;
import org.safesurgeries.portal.award.domain.Award;
import org.safesurgeries.portal.award.domain.Awards;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.CurrentActor;
import org.safesurgeries.portal.shared.PatientDataGuard;
import org.safesurgeries.portal.shared.UkCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

/** Awards once granted: how each stands today, and suspending, reinstating or revoking one with a reason. */
@Service
@Transactional
public class AwardService {

    public enum Change { SUSPEND, REINSTATE, REVOKE }

    public record AwardSummary(long id, long practiceId, String practiceName, String odsCode, long applicationId,
                               LocalDate awardedOn, LocalDate expiresOn, AwardStanding standing, String statusReason,
                               Instant statusChangedAt, LocalDate renewableFrom, boolean renewableNow, long version) {
    }

    private final Awards awards;
    private final ApplicationReader reader;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AwardService(Awards awards, ApplicationReader reader, CurrentUser currentUser, ApplicationEventPublisher events,
                 Clock clock) {
        this.awards = awards;
        this.reader = reader;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<AwardSummary> awardsOf(long practiceId) {
        if (!currentUser.require().has(org.safesurgeries.portal.security.Role.REVIEWER)) {
            currentUser.requirePracticeAccess(practiceId);
        }
        return awards.findByPracticeIdOrderByAwardedOnDescIdDesc(practiceId).stream().map(this::summary).toList();
    }

    /** Every award, soonest to expire first (a few hundred at most: the network has a few thousand practices). */
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<AwardSummary> all() {
        return awards.findAllByOrderByExpiresOnAscIdAsc().stream().map(this::summary).toList();
    }

    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public AwardSummary change(long awardId, long expectedVersion, Change change, String reason) {
        var award = awards.findById(awardId).orElseThrow(() -> new AccessDeniedException("No such award."));
        if (award.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Someone else changed this award while you had it open. "
                    + "Nothing was changed: reload to see its status now.");
        }
        PatientDataGuard.requireNoPatientData("Reason", reason);
        var now = clock.instant();
        BiConsumer<String, Instant> verb = switch (change) {
            case SUSPEND -> award::suspend;
            case REINSTATE -> award::reinstate;
            case REVOKE -> award::revoke;
        };
        verb.accept(reason, now);
        awards.saveAndFlush(award);
        String actor = CurrentActor.name();
        String why = award.getStatusReason();
        events.publishEvent(switch (change) {
            case SUSPEND -> new AwardSuspended(UUID.randomUUID(), now, actor, awardId, award.getPracticeId(), why);
            case REINSTATE -> new AwardReinstated(UUID.randomUUID(), now, actor, awardId, award.getPracticeId(), why);
            case REVOKE -> new AwardRevoked(UUID.randomUUID(), now, actor, awardId, award.getPracticeId(), why);
        });
        return summary(award);
    }

    private AwardSummary summary(Award a) {
        var today = UkCalendar.today(clock);
        var practice = reader.practice(a.getPracticeId());
        return new AwardSummary(a.getId(), a.getPracticeId(), practice.name(), practice.odsCode(), a.getApplicationId(),
                a.getAwardedOn(), a.getExpiresOn(), a.standing(today), a.getStatusReason(), a.getStatusChangedAt(),
                a.getExpiresOn().minusMonths(Award.RENEWAL_MONTHS), a.renewableOn(today), a.getVersion());
    }
}
