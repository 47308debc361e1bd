package org.safesurgeries.portal.declaration;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.declaration.DeclarationChoices.DeclarationStatus;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationDraftSaved;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationReconfirmed;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationSigned;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationWithdrawn;
import org.safesurgeries.portal.declaration.domain.Declarations;
import org.safesurgeries.portal.declaration.domain.SafeSurgeryDeclaration;
import org.safesurgeries.portal.declaration.domain.Signatory;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A practice's Safe Surgery declaration: drafting, signing, reconfirming and withdrawing (practice managers of that
 * practice, and admins), and its history (also trainers and reviewers, read-only).
 */
@Service
@Transactional
public class DeclarationService {

    static final ZoneId UK = ZoneId.of("Europe/London");

    /** Where a practice stands: its latest signed version (any status), its open draft, and what is due. */
    public record Standing(Optional<DeclarationVersion> latestSigned, Optional<DeclarationVersion> draft,
                           boolean reconfirmationDue) {
        public boolean isSafeSurgery() {
            return latestSigned.map(DeclarationVersion::isCurrent).orElse(false);
        }
    }

    public record Commitment(long id, String text) {
    }

    private final Declarations declarations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DeclarationService(Declarations declarations, CurrentUser currentUser, ApplicationEventPublisher events,
                       JdbcTemplate jdbc, Clock clock) {
        this.declarations = declarations;
        this.currentUser = currentUser;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Standing standing(long practiceId) {
        currentUser.requirePracticeAccess(practiceId);
        var history = history(practiceId);
        var draft = history.stream().filter(DeclarationVersion::isDraft).findFirst();
        var signed = history.stream().filter(v -> !v.isDraft()).findFirst();
        boolean due = signed.filter(DeclarationVersion::isCurrent)
                .map(v -> !today().isBefore(v.reconfirmationDueOn())).orElse(false);
        return new Standing(signed, draft, due);
    }

    /** The open draft, or a new one that starts from the last signed version (or empty for a first declaration). */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public DeclarationVersion openDraft(long practiceId) {
        currentUser.requirePracticeAccess(practiceId);
        var existing = declarations.findByPracticeIdAndStatus(practiceId, DeclarationStatus.DRAFT);
        if (existing.isPresent()) {
            return view(existing.get(), null);
        }
        var latest = declarations.findByPracticeIdOrderByVersionNumberDesc(practiceId).stream().findFirst();
        var content = latest.map(SafeSurgeryDeclaration::content).orElseGet(DeclarationContent::empty);
        var draft = declarations.saveAndFlush(SafeSurgeryDeclaration.draft(practiceId,
                declarations.lastVersionNumber(practiceId) + 1, content, clock.instant()));
        return view(draft, null);
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public DeclarationVersion saveDraft(long practiceId, long expectedVersion, DeclarationContent content) {
        var draft = requireDraft(practiceId, expectedVersion);
        draft.edit(content, clock.instant());
        declarations.saveAndFlush(draft);
        events.publishEvent(new DeclarationDraftSaved(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                draft.getId(), practiceId, draft.getVersionNumber()));
        return view(draft, null);
    }

    /**
     * Signs the draft as it was when the signatory last saw it ({@code expectedVersion}): the version before it, if
     * current, is superseded. Refused with the blocking reasons while steps 1–3 are not in place.
     */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public DeclarationVersion sign(long practiceId, long expectedVersion, String signatoryName, String signatoryRole) {
        var draft = requireDraft(practiceId, expectedVersion);
        var signatory = new Signatory(signatoryName, signatoryRole);
        var commitment = currentCommitment();
        declarations.findByPracticeIdAndStatus(practiceId, DeclarationStatus.DECLARED).ifPresent(previous -> {
            previous.supersede(clock.instant());
            declarations.saveAndFlush(previous);
        });
        draft.sign(signatory, commitment.id(), commitment.text(), CurrentActor.name(), today(), clock.instant());
        declarations.saveAndFlush(draft);
        events.publishEvent(new DeclarationSigned(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                draft.getId(), practiceId, draft.getVersionNumber(), signatory.name(), draft.getSignedOn()));
        return view(draft, null);
    }

    /** "Still true": one click, nothing else changes. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public void reconfirm(long practiceId) {
        var current = requireCurrent(practiceId);
        current.reconfirm(today(), clock.instant());
        declarations.saveAndFlush(current);
        jdbc.update("insert into declaration_reconfirmation (declaration_id, confirmed_on, confirmed_by) "
                + "values (?, ?, ?)", current.getId(), today(), CurrentActor.name());
        events.publishEvent(new DeclarationReconfirmed(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                current.getId(), practiceId, today()));
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public void withdraw(long practiceId, String reason) {
        var current = requireCurrent(practiceId);
        current.withdraw(reason, today(), clock.instant());
        declarations.saveAndFlush(current);
        events.publishEvent(new DeclarationWithdrawn(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                current.getId(), practiceId, current.getWithdrawalReason()));
    }

    /** Every version, newest first, each with what changed since the one before. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<DeclarationVersion> history(long practiceId) {
        currentUser.requirePracticeReadAccess(practiceId);
        var versions = declarations.findByPracticeIdOrderByVersionNumberDesc(practiceId);
        var result = new ArrayList<DeclarationVersion>();
        for (int i = 0; i < versions.size(); i++) {
            var older = i + 1 < versions.size() ? versions.get(i + 1).content() : null;
            result.add(view(versions.get(i), ContentChanges.between(older, versions.get(i).content())));
        }
        return result;
    }

    /** The commitment text a signatory would sign today. */
    @Transactional(readOnly = true)
    public Commitment currentCommitment() {
        return jdbc.queryForObject("""
                select id, commitment from commitment_version where effective_from <= ?
                order by effective_from desc, id desc limit 1
                """, (rs, n) -> new Commitment(rs.getLong(1), rs.getString(2)), today());
    }

    private SafeSurgeryDeclaration requireDraft(long practiceId, long expectedVersion) {
        currentUser.requirePracticeAccess(practiceId);
        var draft = declarations.findByPracticeIdAndStatus(practiceId, DeclarationStatus.DRAFT)
                .orElseThrow(() -> new IllegalStateException("There is no draft to change: it may have been signed "
                        + "by someone else. Reload the page."));
        if (draft.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Someone else changed this draft since you opened it. Your "
                    + "changes were not saved: reload to see theirs, then make yours again.");
        }
        return draft;
    }

    private SafeSurgeryDeclaration requireCurrent(long practiceId) {
        currentUser.requirePracticeAccess(practiceId);
        return declarations.findByPracticeIdAndStatus(practiceId, DeclarationStatus.DECLARED)
                .orElseThrow(() -> new IllegalStateException("The practice has no current declaration."));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UK);
    }

    static DeclarationVersion view(SafeSurgeryDeclaration d, List<String> changes) {
        return new DeclarationVersion(d.getId(), d.getPracticeId(), d.getVersionNumber(), d.getStatus(), d.content(),
                d.getSignatoryName(), d.getSignatoryRole(), d.getSignedOn(), d.getCommitmentText(),
                d.getLastConfirmedOn(), d.reconfirmationDueOn(), d.lapsesOn(), d.getWithdrawnOn(),
                d.getWithdrawalReason(), d.getLapsedOn(), changes == null ? List.of() : changes, d.getVersion());
    }
}
