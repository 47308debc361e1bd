package org.safesurgeries.portal.award;

import org.safesurgeries.portal.award.domain.AwardApplication;
import org.safesurgeries.portal.award.domain.AwardApplications;
import org.safesurgeries.portal.award.domain.CriteriaVersions;
import org.safesurgeries.portal.award.domain.EvidenceStore;
import org.safesurgeries.portal.award.domain.Panels;
import org.safesurgeries.portal.award.domain.Response;
import org.safesurgeries.portal.award.domain.Responses;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.CurrentUser.SignedInUser;
import org.safesurgeries.portal.security.PracticeChoices;
import org.safesurgeries.portal.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads applications for the award services and decides who may see one: the practice's own managers, admins, and
 * reviewers who have declared no conflict of interest with it. Refusals read the same whether or not the
 * application exists, so they reveal nothing.
 */
@Component
class ApplicationReader {

    static final String NO_ACCESS = "You do not have access to this application.";

    private final AwardApplications applications;
    private final CriteriaVersions criteria;
    private final Responses responses;
    private final EvidenceStore evidence;
    private final Panels panels;
    private final PracticeChoices practices;
    private final CurrentUser currentUser;

    ApplicationReader(AwardApplications applications, CriteriaVersions criteria, Responses responses,
                      EvidenceStore evidence, Panels panels, PracticeChoices practices, CurrentUser currentUser) {
        this.applications = applications;
        this.criteria = criteria;
        this.responses = responses;
        this.evidence = evidence;
        this.panels = panels;
        this.practices = practices;
        this.currentUser = currentUser;
    }

    AwardApplication find(long applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new AccessDeniedException(NO_ACCESS));
    }

    /** For the practice's own pages: its managers and admins. */
    AwardApplication requireForPractice(long applicationId) {
        var application = find(applicationId);
        // The same words as for an application that does not exist, so that the refusal reveals nothing.
        if (!currentUser.canAccessPractice(application.getPracticeId())) {
            throw new AccessDeniedException(NO_ACCESS);
        }
        return application;
    }

    /** For the practice's changes: as above, with the row locked (and read after locking) until the change commits. */
    AwardApplication lockForPractice(long applicationId) {
        applications.lock(applicationId);
        return requireForPractice(applicationId);
    }

    /** For reading narratives and evidence. */
    AwardApplication requireReadable(long applicationId) {
        var application = find(applicationId);
        if (!mayRead(currentUser.require(), application)) {
            throw new AccessDeniedException(NO_ACCESS);
        }
        return application;
    }

    boolean mayRead(SignedInUser user, AwardApplication application) {
        if (user.has(Role.ADMIN) || user.practiceIds().contains(application.getPracticeId())) {
            return true;
        }
        return user.has(Role.REVIEWER) && application.getStatus() != AwardChoices.ApplicationStatus.DRAFT
                && panels.conflict(application.getId(), user.id()).map(conflicted -> !conflicted).orElse(false);
    }

    CriteriaSet criteriaOf(AwardApplication application) {
        return AwardCriteria.view(criteria.findById(application.getCriteriaVersionId()).orElseThrow());
    }

    ApplicationDetails details(AwardApplication application) {
        var set = criteriaOf(application);
        var narratives = new HashMap<Long, ApplicationDetails.Narrative>();
        for (Response r : responses.findByApplicationId(application.getId())) {
            narratives.put(r.getCriterionId(), new ApplicationDetails.Narrative(r.getNarrative(), r.getVersion(),
                    r.getUpdatedAt()));
        }
        var files = evidence.of(application.getId()).stream()
                .map(e -> new ApplicationDetails.Evidence(e.id(), e.criterionId(), e.fileName(), e.kind().label(),
                        e.size(), e.sha256(), e.uploadedAt())).toList();
        Map<Long, String> texts = narratives.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().text()));
        Map<Long, Long> counts = files.stream()
                .collect(Collectors.groupingBy(ApplicationDetails.Evidence::criterionId, Collectors.counting()));
        var practice = practice(application.getPracticeId());
        return new ApplicationDetails(application.getId(), application.getPracticeId(), practice.name(),
                practice.odsCode(), application.getStatus(), application.getRound(), application.getStartedAt(),
                application.getStatusSince(), application.getSubmittedAt(), application.getRenewalOfAwardId(), set,
                Map.copyOf(narratives), files, ApplicationProgress.of(set, texts, counts), application.getVersion());
    }

    PracticeChoices.PracticeChoice practice(long practiceId) {
        return practices.byIds(List.of(practiceId)).stream().findFirst()
                .orElse(new PracticeChoices.PracticeChoice(practiceId, "", "Unknown practice"));
    }

    Map<Long, PracticeChoices.PracticeChoice> practices(List<Long> ids) {
        return practices.byIds(ids).stream()
                .collect(Collectors.toMap(PracticeChoices.PracticeChoice::id, Function.identity()));
    }
}
