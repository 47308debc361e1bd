package org.safesurgeries.portal.award;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.AwardEvents.CriteriaPublished;
import org.safesurgeries.portal.award.domain.CriteriaVersion;
import org.safesurgeries.portal.award.domain.CriteriaVersions;
import org.safesurgeries.portal.award.domain.Criterion;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The award criteria: each application keeps the version it was started under; an administrator's edit publishes
 * the next version and never changes one that applications already use.
 */
@Service
@Transactional
public class AwardCriteria {

    private final CriteriaVersions versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AwardCriteria(CriteriaVersions versions, ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public CriteriaSet current() {
        return view(versions.findFirstByOrderByVersionNumberDesc()
                .orElseThrow(() -> new IllegalStateException("No award criteria have been published.")));
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public CriteriaSet version(long criteriaVersionId) {
        return view(versions.findById(criteriaVersionId)
                .orElseThrow(() -> new NoSuchElementException("No such criteria version.")));
    }

    /**
     * Publishes the draft as the version after {@code basedOnVersion}; refused if someone published meanwhile (their
     * version would otherwise be silently replaced) or if the draft has problems.
     */
    @RolesAllowed(Roles.ADMIN)
    public CriteriaSet publish(int basedOnVersion, CriteriaDraft draft) {
        var latest = versions.findFirstByOrderByVersionNumberDesc().orElseThrow();
        if (latest.getVersionNumber() != basedOnVersion) {
            throw new OptimisticLockingFailureException("Someone published version " + latest.getVersionNumber()
                    + " while you were editing version " + basedOnVersion + ". Nothing was published: reload to see "
                    + "their version, then make your changes again.");
        }
        var problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        var criteria = new ArrayList<Criterion>();
        var codes = new HashSet<String>();
        int position = 0;
        for (var c : draft.criteria()) {
            String code = c.code() == null || !codes.add(c.code()) ? newCode(c.section(), codes) : c.code();
            criteria.add(new Criterion(code, c.section(), ++position, c.title().strip(), c.applicantGuidance().strip(),
                    c.reviewerGuidance().strip()));
        }
        String note = draft.changeNote() == null || draft.changeNote().isBlank() ? null : draft.changeNote().strip();
        var published = versions.saveAndFlush(new CriteriaVersion(latest.getVersionNumber() + 1, draft.minimums(),
                criteria, note, CurrentActor.name(), clock.instant()));
        events.publishEvent(new CriteriaPublished(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                published.getId(), published.getVersionNumber()));
        return view(published);
    }

    private static String newCode(AwardChoices.Section section, java.util.Set<String> taken) {
        String code;
        do {
            code = section.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        } while (!taken.add(code));
        return code;
    }

    static CriteriaSet view(CriteriaVersion v) {
        return new CriteriaSet(v.getId(), v.getVersionNumber(), v.getPublishedAt(), v.getPublishedBy(),
                v.getChangeNote(), v.getMinimums(), v.getCriteria().stream()
                // Learn, Embed, Share in the principles' order (the database sorts the names alphabetically).
                .sorted(java.util.Comparator.comparing((Criterion c) -> c.getSection().ordinal())
                        .thenComparing(Criterion::getPosition))
                .map(c -> new CriteriaSet.Criterion(c.getId(), c.getCode(), c.getSection(), c.getTitle(),
                        c.getApplicantGuidance(), c.getReviewerGuidance())).toList());
    }
}
