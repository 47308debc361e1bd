package org.safesurgeries.portal.award;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.AwardEvents.EvidenceAttached;
import org.safesurgeries.portal.award.AwardEvents.EvidenceRemoved;
import org.safesurgeries.portal.award.domain.AwardApplication;
import org.safesurgeries.portal.award.domain.Awards;
import org.safesurgeries.portal.award.domain.EvidenceStore;
import org.safesurgeries.portal.award.domain.EvidenceStore.StoredEvidence;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Evidence files on an application: attached after {@link EvidenceFiles} has checked their content, at most
 * {@link EvidenceFiles#MAX_APPLICATION_BYTES} per application, downloadable by whoever may read the application.
 */
@Service
@Transactional
public class EvidenceService {

    /** A file to download, named and typed as it was stored. */
    public record EvidenceFile(String fileName, String contentType, byte[] bytes) {
    }

    public static final int MAX_FILES_PER_CRITERION = 10;

    private final ApplicationReader reader;
    private final EvidenceStore store;
    private final Awards awards;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceService(ApplicationReader reader, EvidenceStore store, Awards awards, ApplicationEventPublisher events,
                    Clock clock) {
        this.reader = reader;
        this.store = store;
        this.awards = awards;
        this.events = events;
        this.clock = clock;
    }

    /** Checks and attaches a file; every refusal ({@link EvidenceRefused}) says why, and nothing is stored. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public ApplicationDetails.Evidence attach(long applicationId, long criterionId, String originalName, byte[] bytes) {
        var application = editable(applicationId);
        reader.criteriaOf(application).criterion(criterionId);
        var file = EvidenceFiles.check(originalName, bytes);
        requireRoom(application, criterionId, file.size());
        long id = store.add(applicationId, criterionId, file, CurrentActor.name(), clock.instant());
        events.publishEvent(new EvidenceAttached(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                applicationId, id, file.sha256()));
        return view(store.find(id).orElseThrow());
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public void remove(long applicationId, long evidenceId) {
        editable(applicationId);
        var evidence = store.find(evidenceId).filter(e -> e.applicationId() == applicationId)
                .orElseThrow(() -> new AccessDeniedException(ApplicationReader.NO_ACCESS));
        store.remove(evidence.id());
        events.publishEvent(new EvidenceRemoved(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                applicationId, evidenceId));
    }

    /** For a renewal: the evidence of the application that won the award being renewed. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ApplicationDetails.Evidence> earlierEvidence(long applicationId) {
        var application = reader.requireForPractice(applicationId);
        return earlier(application).stream().map(EvidenceService::view).toList();
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public ApplicationDetails.Evidence reattach(long applicationId, long earlierEvidenceId, long criterionId) {
        var application = editable(applicationId);
        reader.criteriaOf(application).criterion(criterionId);
        var earlier = earlier(application).stream().filter(e -> e.id() == earlierEvidenceId).findFirst()
                .orElseThrow(() -> new AccessDeniedException(ApplicationReader.NO_ACCESS));
        requireRoom(application, criterionId, earlier.size());
        long id = store.reattach(applicationId, criterionId, earlier, CurrentActor.name(), clock.instant());
        events.publishEvent(new EvidenceAttached(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                applicationId, id, earlier.sha256()));
        return view(store.find(id).orElseThrow());
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public EvidenceFile download(long applicationId, long evidenceId) {
        reader.requireReadable(applicationId);
        var evidence = store.find(evidenceId).filter(e -> e.applicationId() == applicationId)
                .orElseThrow(() -> new AccessDeniedException(ApplicationReader.NO_ACCESS));
        return new EvidenceFile(evidence.fileName(), evidence.kind().contentType(), store.content(evidence.sha256()));
    }

    private AwardApplication editable(long applicationId) {
        var application = reader.lockForPractice(applicationId);
        application.requireEditableByPractice();
        return application;
    }

    private void requireRoom(AwardApplication application, long criterionId, long size) {
        var existing = store.of(application.getId());
        if (existing.stream().filter(e -> e.criterionId() == criterionId).count() >= MAX_FILES_PER_CRITERION) {
            throw new EvidenceRefused("A criterion can have at most " + MAX_FILES_PER_CRITERION + " files. Remove one "
                    + "first, or combine several into one PDF.");
        }
        long total = existing.stream().mapToLong(StoredEvidence::size).sum();
        if (total + size > EvidenceFiles.MAX_APPLICATION_BYTES) {
            throw new EvidenceRefused(String.format("An application can hold at most 50 MB of evidence. This file "
                    + "(%.1f MB) would take it to %.1f MB: remove a file or attach a smaller one.",
                    size / 1048576.0, (total + size) / 1048576.0));
        }
    }

    private List<StoredEvidence> earlier(AwardApplication application) {
        if (application.getRenewalOfAwardId() == null) {
            return List.of();
        }
        return awards.findById(application.getRenewalOfAwardId())
                .map(award -> store.of(award.getApplicationId())).orElse(List.of());
    }

    private static ApplicationDetails.Evidence view(StoredEvidence e) {
        return new ApplicationDetails.Evidence(e.id(), e.criterionId(), e.fileName(), e.kind().label(), e.size(),
                e.sha256(), e.uploadedAt());
    }
}
