package org.safesurgeries.portal.award;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardEvents.ApplicationStarted;
import org.safesurgeries.portal.award.AwardEvents.ApplicationStatusChanged;
import org.safesurgeries.portal.award.domain.AwardApplication;
import org.safesurgeries.portal.award.domain.AwardApplications;
import org.safesurgeries.portal.award.domain.Awards;
import org.safesurgeries.portal.award.domain.CriteriaVersions;
import org.safesurgeries.portal.award.domain.Response;
import org.safesurgeries.portal.award.domain.Responses;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.CurrentActor;
import org.safesurgeries.portal.shared.TypedText;
import org.safesurgeries.portal.shared.UkCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A practice's side of the award: eligibility, starting (or renewing), writing narratives, submitting and
 * withdrawing. Evidence files are handled by {@link EvidenceService}; what the panel said by {@link AwardFeedback}.
 */
@Service
@Transactional
public class AwardApplicationService {

    public record ApplicationSummary(long id, ApplicationStatus status, int round, Instant startedAt,
                                     Instant statusSince, boolean renewal) {
    }

    private final AwardApplications applications;
    private final Awards awards;
    private final CriteriaVersions criteria;
    private final Responses responses;
    private final ApplicationReader reader;
    private final AwardEligibility eligibility;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AwardApplicationService(AwardApplications applications, Awards awards, CriteriaVersions criteria,
                            Responses responses, ApplicationReader reader, AwardEligibility eligibility,
                            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.awards = awards;
        this.criteria = criteria;
        this.responses = responses;
        this.reader = reader;
        this.eligibility = eligibility;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Eligibility eligibility(long practiceId) {
        currentUser.requirePracticeAccess(practiceId);
        return eligibility.of(practiceId);
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ApplicationSummary> applicationsOf(long practiceId) {
        currentUser.requirePracticeAccess(practiceId);
        return applications.findByPracticeIdOrderByStartedAtDescIdDesc(practiceId).stream()
                .map(a -> new ApplicationSummary(a.getId(), a.getStatus(), a.getRound(), a.getStartedAt(),
                        a.getStatusSince(), a.getRenewalOfAwardId() != null)).toList();
    }

    /**
     * Starts an application under the current criteria. When the practice holds an award within six months of its
     * expiry (or past it), this is its renewal, pre-filled with the narratives of the application that won it.
     */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public ApplicationDetails start(long practiceId) {
        currentUser.requirePracticeAccess(practiceId);
        var check = eligibility.of(practiceId);
        if (!check.eligible()) {
            throw new IllegalStateException("The practice cannot apply yet. " + String.join(" ", check.unmet()));
        }
        if (applications.findFirstByPracticeIdAndStatusIn(practiceId, ApplicationStatus.OPEN).isPresent()) {
            throw new IllegalStateException("The practice already has an application in progress.");
        }
        var today = UkCalendar.today(clock);
        var latestAward = awards.findByPracticeIdOrderByAwardedOnDescIdDesc(practiceId).stream()
                .filter(a -> a.getStatus() != AwardChoices.AwardStatus.REVOKED).findFirst();
        if (latestAward.isPresent() && !latestAward.get().renewableOn(today)) {
            throw new IllegalStateException("The practice's award is valid until "
                    + latestAward.get().getExpiresOn() + "; a renewal can be started from "
                    + latestAward.get().getExpiresOn().minusMonths(6) + ".");
        }
        var current = criteria.findFirstByOrderByVersionNumberDesc().orElseThrow();
        Long renewalOf = latestAward.map(a -> a.getId()).orElse(null);
        AwardApplication application;
        try {
            application = applications.saveAndFlush(AwardApplication.start(practiceId, current.getId(), renewalOf,
                    CurrentActor.name(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new IllegalStateException("The practice already has an application in progress.");
        }
        latestAward.ifPresent(award -> carryNarratives(award.getApplicationId(), application));
        events.publishEvent(new ApplicationStarted(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                application.getId(), practiceId, renewalOf));
        return reader.details(application);
    }

    // Narratives move to the criterion with the same code in the current criteria; evidence is re-attached by hand.
    private void carryNarratives(long previousApplicationId, AwardApplication renewal) {
        var previous = reader.find(previousApplicationId);
        var previousCriteria = reader.criteriaOf(previous);
        var currentCriteria = reader.criteriaOf(renewal);
        for (var old : responses.findByApplicationId(previousApplicationId)) {
            String code = previousCriteria.criterion(old.getCriterionId()).code();
            currentCriteria.criteria().stream().filter(c -> c.code().equals(code)).findFirst().ifPresent(c -> {
                var copy = new Response(renewal.getId(), c.id());
                copy.write(old.getNarrative(), CurrentActor.name(), clock.instant());
                responses.save(copy);
            });
        }
        responses.flush();
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public ApplicationDetails application(long applicationId) {
        return reader.details(reader.requireReadable(applicationId));
    }

    /** Saves one narrative as the person types. Refused when someone else saved it since {@code expectedVersion}. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public ApplicationDetails.Narrative saveNarrative(long applicationId, long criterionId, long expectedVersion,
                                                      String text) {
        var application = reader.lockForPractice(applicationId);
        application.requireEditableByPractice();
        var criterion = reader.criteriaOf(application).criterion(criterionId);
        TypedText.requireText(criterion.title(), text);
        var response = responses.findById(new Response.Key(applicationId, criterionId))
                .orElseGet(() -> new Response(applicationId, criterionId));
        if (response.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Someone else changed \"" + criterion.title() + "\" since you "
                    + "opened it. Your text was not saved: copy it, reload to see theirs, then merge the two.");
        }
        response.write(text, CurrentActor.name(), clock.instant());
        var saved = responses.saveAndFlush(response);
        return new ApplicationDetails.Narrative(saved.getNarrative(), saved.getVersion(), saved.getUpdatedAt());
    }

    /**
     * Sends the application to the panel (or back to it, after changes). Needs every section's minimum, the
     * accuracy declaration and, still, the eligibility conditions.
     */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public ApplicationDetails submit(long applicationId, long expectedVersion, boolean accuracyConfirmed) {
        var application = requireVersion(reader.lockForPractice(applicationId), expectedVersion);
        var check = eligibility.of(application.getPracticeId());
        if (!check.eligible()) {
            throw new IllegalStateException("The practice no longer meets the conditions to apply. "
                    + String.join(" ", check.unmet()));
        }
        var progress = reader.details(application).progress();
        var from = application.submit(progress.incomplete(), accuracyConfirmed, CurrentActor.name(), clock.instant());
        return moved(application, from);
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public ApplicationDetails withdraw(long applicationId, long expectedVersion) {
        var application = requireVersion(reader.lockForPractice(applicationId), expectedVersion);
        var from = application.withdraw(clock.instant());
        return moved(application, from);
    }

    private ApplicationDetails moved(AwardApplication application, ApplicationStatus from) {
        applications.saveAndFlush(application);
        events.publishEvent(new ApplicationStatusChanged(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                application.getId(), application.getPracticeId(), from, application.getStatus(),
                application.getRound()));
        return reader.details(application);
    }

    static AwardApplication requireVersion(AwardApplication application, long expectedVersion) {
        if (application.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("This application changed while you had it open (its status "
                    + "is now \"" + application.getStatus().label() + "\"). Nothing was changed: reload the page.");
        }
        return application;
    }
}
