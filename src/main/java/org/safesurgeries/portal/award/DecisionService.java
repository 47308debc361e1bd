package org.safesurgeries.portal.award;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.AwardChoices.Outcome;
import org.safesurgeries.portal.award.AwardEvents.ApplicationStatusChanged;
import org.safesurgeries.portal.award.AwardEvents.AwardGranted;
import org.safesurgeries.portal.award.AwardEvents.DecisionRecorded;
import org.safesurgeries.portal.award.domain.Award;
import org.safesurgeries.portal.award.domain.AwardApplication;
import org.safesurgeries.portal.award.domain.AwardApplications;
import org.safesurgeries.portal.award.domain.Awards;
import org.safesurgeries.portal.award.domain.Decision;
import org.safesurgeries.portal.award.domain.Decisions;
import org.safesurgeries.portal.award.domain.Panels;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.CurrentActor;
import org.safesurgeries.portal.shared.UkCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The lead reviewer's decision: award, not award, or request changes (per criterion, with what is needed), with a
 * rationale. Refused unless the panel rules are met; of two leads deciding at once, one wins and the other is told.
 */
@Service
@Transactional
public class DecisionService {

    public static final int MAX_RATIONALE = 4000;

    private final AwardApplications applications;
    private final Decisions decisions;
    private final Awards awards;
    private final Panels panels;
    private final PanelMembers members;
    private final ApplicationReader reader;
    private final AwardEligibility eligibility;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionService(AwardApplications applications, Decisions decisions, Awards awards, Panels panels,
                    PanelMembers members, ApplicationReader reader, AwardEligibility eligibility, CurrentUser currentUser,
                    ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.decisions = decisions;
        this.awards = awards;
        this.panels = panels;
        this.members = members;
        this.reader = reader;
        this.eligibility = eligibility;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** What would stop this outcome being recorded now, for the lead to see before deciding. */
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<String> blockers(long applicationId, Outcome outcome) {
        var application = reader.requireReadable(applicationId);
        return blockers(application, outcome);
    }

    @RolesAllowed(Roles.REVIEWER)
    public void decide(long applicationId, long expectedVersion, Outcome outcome, String rationale,
                       Map<Long, String> changesNeeded) {
        var application = AwardApplicationService.requireVersion(reader.requireReadable(applicationId),
                expectedVersion);
        var me = currentUser.require();
        if (!members.isLead(me.id()) || !panels.conflict(applicationId, me.id()).map(c -> !c).orElse(false)) {
            throw new AccessDeniedException("Only a lead reviewer without a conflict of interest records the decision.");
        }
        String why = AssessmentService.text("Rationale", rationale, MAX_RATIONALE);
        if (why == null) {
            throw new IllegalArgumentException("Give the rationale for the decision: the practice will read it.");
        }
        var needed = changes(application, outcome, changesNeeded);
        var from = application.decide(outcome, blockers(application, outcome), clock.instant());
        try {
            applications.saveAndFlush(application);
            decisions.saveAndFlush(new Decision(applicationId, application.getRound(), outcome, why, needed,
                    CurrentActor.name(), clock.instant()));
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new OptimisticLockingFailureException("Another lead reviewer recorded a decision on this "
                    + "application a moment ago. Yours was not recorded: reload the page to see theirs.", e);
        }
        var now = clock.instant();
        events.publishEvent(new DecisionRecorded(UUID.randomUUID(), now, CurrentActor.name(), applicationId,
                application.getPracticeId(), outcome, application.getRound()));
        events.publishEvent(new ApplicationStatusChanged(UUID.randomUUID(), now, CurrentActor.name(), applicationId,
                application.getPracticeId(), from, application.getStatus(), application.getRound()));
        if (outcome == Outcome.AWARD) {
            var award = awards.saveAndFlush(new Award(application.getPracticeId(), applicationId,
                    UkCalendar.today(clock)));
            events.publishEvent(new AwardGranted(UUID.randomUUID(), now, CurrentActor.name(), award.getId(),
                    applicationId, application.getPracticeId(), award.getAwardedOn(), award.getExpiresOn()));
        }
    }

    private Map<Long, String> changes(AwardApplication application, Outcome outcome, Map<Long, String> changesNeeded) {
        if (outcome != Outcome.REQUEST_CHANGES) {
            return Map.of();
        }
        var criteria = reader.criteriaOf(application);
        var needed = new HashMap<Long, String>();
        changesNeeded.forEach((criterionId, text) -> {
            String value = AssessmentService.text(criteria.criterion(criterionId).title() + ", what is needed", text);
            if (value != null) {
                needed.put(criterionId, value);
            }
        });
        if (needed.isEmpty()) {
            throw new IllegalArgumentException("Say, for at least one criterion, what the practice needs to change.");
        }
        return needed;
    }

    private List<String> blockers(AwardApplication application, Outcome outcome) {
        return PanelRules.decisionBlockers(members.seats(application).stream()
                .map(s -> new PanelRules.Seat(s.accountId(), s.livedExperience(), s.submitted())).toList(), outcome,
                failedCheck(application.getPracticeId()));
    }

    private Optional<String> failedCheck(long practiceId) {
        return eligibility.unresolvedFailedCheck(practiceId).map(failure -> "a " + failure);
    }
}
