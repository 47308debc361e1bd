package org.safesurgeries.portal.certificate.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.safesurgeries.portal.certificate.CertificateKind;
import org.safesurgeries.portal.certificate.CertificateStatus;
import org.safesurgeries.portal.shared.StatusReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * An issued certificate. What it says never changes (the signed bytes are kept); its state does: suspended and
 * reinstated, revoked (final), or superseded by a re-issue. Expiry is read from the date.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    public enum State { ISSUED, SUSPENDED, REVOKED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateKind kind;

    @Column(name = "source_key", nullable = false)
    private String sourceKey;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Column(name = "practice_name", nullable = false)
    private String practiceName;

    @Column(name = "ods_code", nullable = false)
    private String odsCode;

    @Column(name = "holder_name")
    private String holderName;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "status_changed_on")
    private LocalDate statusChangedOn;

    @Column(name = "superseded_by")
    private Long supersededBy;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certificate_field", joinColumns = @JoinColumn(name = "certificate_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value")
    private Map<String, String> fields = new HashMap<>();

    protected Certificate() {
    }

    public Certificate(String code, CertificateKind kind, String sourceKey, long sourceId, long practiceId,
                       String practiceName, String odsCode, String holderName, LocalDate issuedOn,
                       LocalDate expiresOn, Map<String, String> fields, String sha256, Instant issuedAt) {
        this.fields = new HashMap<>(fields);
        this.code = code;
        this.kind = kind;
        this.sourceKey = sourceKey;
        this.sourceId = sourceId;
        this.practiceId = practiceId;
        this.practiceName = practiceName;
        this.odsCode = odsCode;
        this.holderName = holderName;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.sha256 = sha256;
        this.issuedAt = issuedAt;
        this.status = State.ISSUED;
    }

    public CertificateStatus status(LocalDate today) {
        return switch (status) {
            case REVOKED -> CertificateStatus.REVOKED;
            case SUPERSEDED -> CertificateStatus.SUPERSEDED;
            case SUSPENDED -> CertificateStatus.SUSPENDED;
            case ISSUED -> expiresOn != null && !today.isBefore(expiresOn) ? CertificateStatus.EXPIRED
                    : CertificateStatus.VALID;
        };
    }

    public void suspend(String reason, LocalDate today) {
        require(status == State.ISSUED, "Only a certificate in force can be suspended.");
        change(State.SUSPENDED, reason, today);
    }

    public void reinstate(String reason, LocalDate today) {
        require(status == State.SUSPENDED, "Only a suspended certificate can be reinstated.");
        change(State.ISSUED, reason, today);
    }

    public void revoke(String reason, LocalDate today) {
        require(status != State.REVOKED && status != State.SUPERSEDED,
                "This certificate is already revoked or replaced.");
        change(State.REVOKED, reason, today);
    }

    public void supersede(long newerId, LocalDate today) {
        require(status != State.REVOKED && status != State.SUPERSEDED,
                "This certificate is already revoked or replaced.");
        status = State.SUPERSEDED;
        supersededBy = newerId;
        statusChangedOn = today;
    }

    private void change(State next, String reason, LocalDate today) {
        statusReason = StatusReason.require(reason);
        status = next;
        statusChangedOn = today;
    }

    private static void require(boolean allowed, String reason) {
        if (!allowed) {
            throw new IllegalStateException(reason);
        }
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public CertificateKind getKind() { return kind; }
    public String getSourceKey() { return sourceKey; }
    public long getSourceId() { return sourceId; }
    public long getPracticeId() { return practiceId; }
    public String getPracticeName() { return practiceName; }
    public String getOdsCode() { return odsCode; }
    public String getHolderName() { return holderName; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public State getState() { return status; }
    public String getStatusReason() { return statusReason; }
    public LocalDate getStatusChangedOn() { return statusChangedOn; }
    public Long getSupersededBy() { return supersededBy; }
    public String getSha256() { return sha256; }
    public Instant getIssuedAt() { return issuedAt; }
    public long getVersion() { return version; }
    public Map<String, String> getFields() { return Map.copyOf(fields); }
}
