package org.safesurgeries.portal.award;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.ReviewRecords.AssessmentView;
import org.safesurgeries.portal.award.ReviewRecords.PanelAssessments;
import org.safesurgeries.portal.award.ReviewRecords.PanelFeedback;
import org.safesurgeries.portal.award.ReviewRecords.RatingInput;
import org.safesurgeries.portal.award.AwardEvents.AssessmentSubmitted;
import org.safesurgeries.portal.award.domain.Assessment;
import org.safesurgeries.portal.award.domain.Assessments;
import org.safesurgeries.portal.award.domain.Decisions;
import org.safesurgeries.portal.award.domain.Panels;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.CurrentActor;
import org.safesurgeries.portal.shared.TypedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Each panel member's assessment (a rating per criterion, a comment for the practice, a private note for the
 * panel), who may read whose, and what the practice reads once a round is decided.
 */
@Service
@Transactional
public class AssessmentService {

    private final Assessments assessments;
    private final Decisions decisions;
    private final Panels panels;
    private final PanelMembers members;
    private final ApplicationReader reader;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentService(Assessments assessments, Decisions decisions,
                      Panels panels, PanelMembers members, ApplicationReader reader, CurrentUser currentUser,
                      ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.decisions = decisions;
        this.panels = panels;
        this.members = members;
        this.reader = reader;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Saves the reviewer's ratings so far; {@code submit} fixes them and opens the others' assessments. */
    @RolesAllowed(Roles.REVIEWER)
    public AssessmentView save(long applicationId, long expectedVersion, Map<Long, RatingInput> ratings,
                               boolean submit) {
        var application = reader.requireReadable(applicationId);
        var me = currentUser.require();
        if (!panels.isMember(applicationId, me.id())) {
            throw new AccessDeniedException("Only panel members assess an application.");
        }
        if (application.getStatus() != AwardChoices.ApplicationStatus.UNDER_REVIEW) {
            throw new IllegalStateException("Assessments are made while the application is under review.");
        }
        var criteria = reader.criteriaOf(application);
        var entries = new HashMap<Long, Assessment.Entry>();
        ratings.forEach((criterionId, input) -> {
            var criterion = criteria.criterion(criterionId);
            if (input.rating() == null) {
                return;
            }
            entries.put(criterionId, new Assessment.Entry(input.rating(),
                    text(criterion.title() + ", comment for the practice", input.commentForPractice()),
                    text(criterion.title() + ", private note", input.privateNote())));
        });
        var assessment = assessments.findByApplicationIdAndRoundAndAccountId(applicationId, application.getRound(),
                me.id()).orElseGet(() -> new Assessment(applicationId, application.getRound(), me.id()));
        long current = assessment.getId() == null ? -1 : assessment.getVersion();
        if (current != expectedVersion) {
            throw new OptimisticLockingFailureException("Your assessment was saved from another window since you "
                    + "opened this one. Nothing was saved here: reload to see it.");
        }
        assessment.record(entries);
        if (submit) {
            assessment.submit(criteria.criterionIds(), clock.instant());
        }
        var saved = assessments.saveAndFlush(assessment);
        if (submit) {
            events.publishEvent(new AssessmentSubmitted(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                    applicationId, me.id(), application.getRound()));
        }
        return view(saved);
    }

    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public PanelAssessments assessments(long applicationId) {
        var application = reader.requireReadable(applicationId);
        var me = currentUser.require();
        var round = assessments.findByApplicationIdAndRoundOrderById(applicationId, application.getRound());
        var mine = round.stream().filter(a -> a.getAccountId() == me.id()).findFirst().map(this::view)
                .orElse(AssessmentView.none(me.id(), me.displayName(), application.getRound()));
        boolean onPanel = panels.isMember(applicationId, me.id());
        boolean mayReadOthers = me.has(Role.ADMIN) || (onPanel ? mine.submitted() : members.isLead(me.id()));
        var submitted = round.stream().filter(Assessment::isSubmitted).toList();
        var others = mayReadOthers ? submitted.stream().filter(a -> a.getAccountId() != me.id()).map(this::view)
                .toList() : List.<AssessmentView>of();
        var disagreements = mayReadOthers ? PanelRules.strongDisagreements(submitted.stream()
                .map(a -> a.getEntries().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().rating()))).toList()) : java.util.Set.<Long>of();
        boolean hidden = !mayReadOthers && submitted.stream().anyMatch(a -> a.getAccountId() != me.id());
        return new PanelAssessments(mine, others, hidden, disagreements);
    }

    /** The decided rounds, for the practice: outcome, rationale, changes needed and comments meant for it. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<PanelFeedback> feedback(long applicationId) {
        var application = reader.requireReadable(applicationId);
        var feedback = new ArrayList<PanelFeedback>();
        for (var decision : decisions.findByApplicationIdOrderByRoundDesc(applicationId)) {
            var comments = new HashMap<Long, List<String>>();
            for (var a : assessments.findByApplicationIdAndRoundOrderById(application.getId(), decision.getRound())) {
                if (!a.isSubmitted()) {
                    continue;
                }
                a.getEntries().forEach((criterionId, entry) -> {
                    if (entry.commentForPractice() != null && !entry.commentForPractice().isBlank()) {
                        comments.computeIfAbsent(criterionId, k -> new ArrayList<>()).add(entry.commentForPractice());
                    }
                });
            }
            feedback.add(new PanelFeedback(decision.getRound(), decision.getOutcome(), decision.getRationale(),
                    decision.getDecidedAt(), decision.getChangesNeeded(), Map.copyOf(comments)));
        }
        return feedback;
    }

    private AssessmentView view(Assessment a) {
        var ratings = new HashMap<Long, RatingInput>();
        a.getEntries().forEach((id, e) -> ratings.put(id, new RatingInput(e.rating(), e.commentForPractice(),
                e.privateNote())));
        return new AssessmentView(a.getAccountId(), members.name(a.getAccountId()),
                members.livedExperience(a.getAccountId()), a.getRound(), a.isSubmitted(), Map.copyOf(ratings),
                a.getVersion());
    }

    static String text(String field, String value) {
        return text(field, value, Assessment.MAX_TEXT);
    }

    /** Free text from the panel: blank becomes null; too long or holding patient data is refused. */
    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new IllegalArgumentException(field + ": at most " + String.format("%,d", max) + " characters.");
        }
        TypedText.requireText(field, value);
        return value.strip();
    }
}
