package org.safesurgeries.portal.registrationaudit;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.registrationaudit.domain.MysteryShopperCheck;
import org.safesurgeries.portal.registrationaudit.domain.MysteryShopperChecks;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.PracticeChoices;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.AuditableEvent;
import org.safesurgeries.portal.shared.CurrentActor;
import org.safesurgeries.portal.shared.UkCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Mystery-shopper checks: trainers record them, practices respond, trainers and reviewers follow them up. */
@Service
@Transactional
public class MysteryShopping {

    public record MysteryShopperCheckRecorded(UUID eventId, Instant occurredAt, String actor, long checkId,
                                              long practiceId, String outcome) implements AuditableEvent {
        public String auditAction() { return "MYSTERY_SHOPPER_CHECK_RECORDED"; }
        public String auditEntityType() { return "MysteryShopperCheck"; }
        public String auditEntityId() { return Long.toString(checkId); }
        public String auditDetails() { return "Check of practice " + practiceId + " recorded: " + outcome; }
    }

    public record MysteryShopperCheckAnswered(UUID eventId, Instant occurredAt, String actor, long checkId,
                                              long practiceId) implements AuditableEvent {
        public String auditAction() { return "MYSTERY_SHOPPER_CHECK_ANSWERED"; }
        public String auditEntityType() { return "MysteryShopperCheck"; }
        public String auditEntityId() { return Long.toString(checkId); }
        public String auditDetails() { return "Practice " + practiceId + " responded to a check"; }
    }

    private final MysteryShopperChecks checks;
    private final CurrentUser currentUser;
    private final PracticeChoices practices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MysteryShopping(MysteryShopperChecks checks, CurrentUser currentUser, PracticeChoices practices,
                    ApplicationEventPublisher events, Clock clock) {
        this.checks = checks;
        this.currentUser = currentUser;
        this.practices = practices;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    public CheckRecord record(long practiceId, CheckReport report) {
        if (report.checkedOn().isAfter(today())) {
            throw new IllegalArgumentException("A check cannot be recorded for a date in the future.");
        }
        if (practices.byIds(List.of(practiceId)).isEmpty()) {
            throw new IllegalArgumentException("There is no such practice.");
        }
        var check = checks.saveAndFlush(new MysteryShopperCheck(practiceId, report, CurrentActor.name(),
                clock.instant()));
        events.publishEvent(new MysteryShopperCheckRecorded(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                check.getId(), practiceId, report.outcome().name()));
        return records(List.of(check)).getFirst();
    }

    /** A practice's checks, newest first: for the practice itself, trainers, reviewers and admins. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<CheckRecord> checksOf(long practiceId) {
        currentUser.requirePracticeReadAccess(practiceId);
        return records(checks.findByPracticeIdOrderByCheckedOnDescIdDesc(practiceId));
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public void respond(long checkId, String response) {
        // Another practice's check and one that does not exist are refused alike, so the refusal reveals nothing.
        var check = checks.findById(checkId).filter(c -> currentUser.canAccessPractice(c.getPracticeId()))
                .orElseThrow(() -> new AccessDeniedException("You do not have access to this check."));
        check.respond(response, CurrentActor.name(), today());
        checks.saveAndFlush(check);
        events.publishEvent(new MysteryShopperCheckAnswered(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                checkId, check.getPracticeId()));
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public boolean needsFollowUp(long practiceId) {
        currentUser.requirePracticeReadAccess(practiceId);
        return FollowUpRule.needsFollowUp(checks.findByPracticeIdOrderByCheckedOnDescIdDesc(practiceId).stream()
                .map(c -> new FollowUpRule.Check(c.getCheckedOn(), c.getOutcome())).toList(), today());
    }

    /** The latest failed check with no passing check after it, at any distance in time (the award's rule). */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<CheckRecord> unresolvedFailure(long practiceId) {
        currentUser.requirePracticeReadAccess(practiceId);
        var all = checks.findByPracticeIdOrderByCheckedOnDescIdDesc(practiceId);
        return FollowUpRule.unresolvedFailure(all.stream()
                        .map(c -> new FollowUpRule.Check(c.getCheckedOn(), c.getOutcome())).toList(), today())
                .flatMap(failure -> all.stream().filter(c -> c.getCheckedOn().equals(failure.on())
                        && c.getOutcome().failed()).findFirst())
                .map(c -> records(List.of(c)).getFirst());
    }

    /** Every practice a failed check currently marks, for trainers and reviewers (never shown publicly). */
    @RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<CheckRecord> practicesNeedingFollowUp() {
        var recent = checks.findByCheckedOnGreaterThanEqualOrderByCheckedOnAscIdAsc(
                today().minusMonths(FollowUpRule.MONTHS));
        var byPractice = recent.stream().collect(Collectors.groupingBy(MysteryShopperCheck::getPracticeId));
        var flagged = byPractice.values().stream()
                .filter(list -> FollowUpRule.needsFollowUp(list.stream()
                        .map(c -> new FollowUpRule.Check(c.getCheckedOn(), c.getOutcome())).toList(), today()))
                .map(list -> list.stream().filter(c -> c.getOutcome().failed()).reduce((a, b) -> b).orElseThrow())
                .toList();
        return records(flagged);
    }

    private List<CheckRecord> records(List<MysteryShopperCheck> list) {
        Map<Long, PracticeChoices.PracticeChoice> names = practices.byIds(list.stream()
                .map(MysteryShopperCheck::getPracticeId).distinct().toList()).stream()
                .collect(Collectors.toMap(PracticeChoices.PracticeChoice::id, Function.identity()));
        return list.stream().map(c -> {
            var practice = names.get(c.getPracticeId());
            return new CheckRecord(c.getId(), c.getPracticeId(), practice == null ? "" : practice.name(),
                    practice == null ? "" : practice.odsCode(), c.report(), c.getRecordedBy(),
                    c.getPracticeResponse(), c.getRespondedOn());
        }).toList();
    }

    private LocalDate today() {
        return UkCalendar.today(clock);
    }
}
