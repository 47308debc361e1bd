package org.safesurgeries.portal.declaration.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.safesurgeries.portal.declaration.DeclarationChoices.DeclarationStatus;
import org.safesurgeries.portal.declaration.DeclarationChoices.InterpreterAccess;
import org.safesurgeries.portal.declaration.DeclarationChoices.RegistrationRoute;
import org.safesurgeries.portal.declaration.DeclarationContent;
import org.safesurgeries.portal.shared.LanguageCode;
import org.safesurgeries.portal.shared.TypedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One version of a practice's Safe Surgery declaration. A draft can be edited; signing freezes its content for
 * good (a change means a new version). A declared version can be reconfirmed, withdrawn, superseded or lapse.
 */
@Entity
@Table(name = "declaration")
public class SafeSurgeryDeclaration {

    /** Our choice: a yearly "still true?" prompt, and lapse when not confirmed for 15 months. */
    public static final int RECONFIRM_AFTER_MONTHS = 12;
    public static final int LAPSE_AFTER_MONTHS = 15;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long practiceId;

    @Column(nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeclarationStatus status;

    @Enumerated(EnumType.STRING)
    private InterpreterAccess interpreterAccess;

    private Boolean careOfAddressAccepted;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "declaration_item", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderBy("step")
    private List<ChecklistItem> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "declaration_language", joinColumns = @JoinColumn(name = "declaration_id"))
    @Column(name = "language_code")
    private Set<String> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "declaration_registration_route", joinColumns = @JoinColumn(name = "declaration_id"))
    @Column(name = "route")
    @Enumerated(EnumType.STRING)
    private Set<RegistrationRoute> registrationRoutes = EnumSet.noneOf(RegistrationRoute.class);

    private String signatoryName;
    private String signatoryRole;
    private LocalDate signedOn;
    private String signedBy;
    private Long commitmentVersionId;
    private String commitmentText;
    private LocalDate lastConfirmedOn;
    private LocalDate withdrawnOn;
    private String withdrawalReason;
    private LocalDate lapsedOn;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SafeSurgeryDeclaration() {
    }

    /** A new draft, version {@code versionNumber}, starting from {@code content} (empty or the last version's). */
    public static SafeSurgeryDeclaration draft(long practiceId, int versionNumber, DeclarationContent content,
                                               Instant now) {
        var draft = new SafeSurgeryDeclaration();
        draft.practiceId = practiceId;
        draft.versionNumber = versionNumber;
        draft.status = DeclarationStatus.DRAFT;
        draft.createdAt = now;
        draft.write(content, now);
        return draft;
    }

    public void edit(DeclarationContent content, Instant now) {
        requireStatus(DeclarationStatus.DRAFT, "Only a draft can be changed; a signed declaration never changes. "
                + "Start a new version instead.");
        write(content, now);
    }

    /** Signs the draft: refuses while a step 1–3 is not in place or practical information is missing. */
    public void sign(Signatory signatory, long commitmentVersionId, String commitmentText, String signedBy,
                     LocalDate today, Instant now) {
        requireStatus(DeclarationStatus.DRAFT, "This version has already been signed.");
        var blocking = content().blockingReasons();
        if (!blocking.isEmpty()) {
            throw new DeclarationBlocked(blocking);
        }
        this.signatoryName = signatory.name();
        this.signatoryRole = signatory.role();
        this.commitmentVersionId = commitmentVersionId;
        this.commitmentText = commitmentText;
        this.signedBy = signedBy;
        this.signedOn = today;
        this.lastConfirmedOn = today;
        this.status = DeclarationStatus.DECLARED;
        this.updatedAt = now;
    }

    /** A newer version has been signed. */
    public void supersede(Instant now) {
        requireStatus(DeclarationStatus.DECLARED, "Only the current declaration can be replaced.");
        this.status = DeclarationStatus.SUPERSEDED;
        this.updatedAt = now;
    }

    public void reconfirm(LocalDate today, Instant now) {
        requireStatus(DeclarationStatus.DECLARED, "Only a current declaration can be reconfirmed.");
        this.lastConfirmedOn = today;
        this.updatedAt = now;
    }

    public void withdraw(String reason, LocalDate today, Instant now) {
        requireStatus(DeclarationStatus.DECLARED, "Only a current declaration can be withdrawn.");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the practice is withdrawing its declaration.");
        }
        if (reason.strip().length() > 500) {
            throw new IllegalArgumentException("Keep the reason under 500 characters.");
        }
        TypedText.requireText("Reason", reason);
        this.withdrawalReason = reason.strip();
        this.withdrawnOn = today;
        this.status = DeclarationStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    /** Lapses a declaration not confirmed for 15 months; true when this call lapsed it (so it happens once). */
    public boolean lapseIfOverdue(LocalDate today, Instant now) {
        if (status != DeclarationStatus.DECLARED || today.isBefore(lapsesOn())) {
            return false;
        }
        this.status = DeclarationStatus.LAPSED;
        this.lapsedOn = today;
        this.updatedAt = now;
        return true;
    }

    public boolean reconfirmationDue(LocalDate today) {
        return status == DeclarationStatus.DECLARED && !today.isBefore(reconfirmationDueOn());
    }

    public LocalDate reconfirmationDueOn() {
        return lastConfirmedOn == null ? null : lastConfirmedOn.plusMonths(RECONFIRM_AFTER_MONTHS);
    }

    public LocalDate lapsesOn() {
        return lastConfirmedOn == null ? null : lastConfirmedOn.plusMonths(LAPSE_AFTER_MONTHS);
    }

    public DeclarationContent content() {
        return new DeclarationContent(items.stream().map(ChecklistItem::answer).toList(),
                Set.copyOf(languages.stream().map(LanguageCode::new).toList()), interpreterAccess,
                careOfAddressAccepted, registrationRoutes.isEmpty() ? Set.of() : EnumSet.copyOf(registrationRoutes));
    }

    private void write(DeclarationContent content, Instant now) {
        this.items.clear();
        content.answers().forEach(a -> this.items.add(new ChecklistItem(a)));
        this.languages.clear();
        content.languages().forEach(l -> this.languages.add(l.value()));
        this.registrationRoutes.clear();
        this.registrationRoutes.addAll(content.registrationRoutes());
        this.interpreterAccess = content.interpreterAccess();
        this.careOfAddressAccepted = content.careOfAddressAccepted();
        this.updatedAt = now;
    }

    private void requireStatus(DeclarationStatus expected, String message) {
        if (status != expected) {
            throw new IllegalStateException(message);
        }
    }

    public Long getId() { return id; }
    public long getPracticeId() { return practiceId; }
    public int getVersionNumber() { return versionNumber; }
    public DeclarationStatus getStatus() { return status; }
    public String getSignatoryName() { return signatoryName; }
    public String getSignatoryRole() { return signatoryRole; }
    public LocalDate getSignedOn() { return signedOn; }
    public String getSignedBy() { return signedBy; }
    public String getCommitmentText() { return commitmentText; }
    public LocalDate getLastConfirmedOn() { return lastConfirmedOn; }
    public LocalDate getWithdrawnOn() { return withdrawnOn; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public LocalDate getLapsedOn() { return lapsedOn; }
    public long getVersion() { return version; }
}
