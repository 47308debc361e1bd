package org.safesurgeries.portal.certificate;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.certificate.domain.Certificate;
import org.safesurgeries.portal.certificate.domain.CertificatePdfs;
import org.safesurgeries.portal.certificate.domain.Certificates;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.PracticeChoices;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.ExpiringCache;
import org.safesurgeries.portal.shared.LikePattern;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.certificate.CertificateEvents.CertificateIssued;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues certificates (render, sign, store the exact bytes and their SHA-256), changes their status, re-issues
 * them, and answers the public's verification questions.
 */
@Service
@Transactional
public class CertificateService {

    public enum Change { SUSPEND, REINSTATE, REVOKE }

    /** What to issue; {@code sourceKey} names the event, so issuing it again does nothing. */
    record Issue(CertificateKind kind, String sourceKey, long sourceId, long practiceId, String holderName,
                 String holderEmail, LocalDate issuedOn, LocalDate expiresOn, Map<String, String> fields) {
    }

    /** A certificate as the practice, the panel and admins list it. */
    public record IssuedCertificate(long id, String code, CertificateKind kind, String practiceName, String odsCode,
                                    String holderName,
                                    LocalDate issuedOn, LocalDate expiresOn, CertificateStatus status,
                                    String statusReason, long version) {
    }

    /**
     * How long an instance keeps a code's answer. It forgets them all when a certificate changes here, once the
     * change commits; another instance answers from its copy for at most this long.
     */
    static final java.time.Duration VERIFICATION_LIFETIME = java.time.Duration.ofSeconds(10);
    private static final int MAX_VERIFICATIONS = 10_000;

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final EnumSet<Certificate.State> IN_FORCE = EnumSet.of(Certificate.State.ISSUED,
            Certificate.State.SUSPENDED);

    private final Certificates certificates;
    private final CertificatePdfs pdfs;
    private final CertificateRenderer renderer;
    private final PdfSigner signer;
    private final PracticeChoices practices;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicBaseUrl;
    private final SecureRandom random = new SecureRandom();
    private final ExpiringCache<Optional<Verification>> verifications;

    CertificateService(Certificates certificates, CertificatePdfs pdfs, CertificateRenderer renderer, PdfSigner signer,
                       PracticeChoices practices, CurrentUser currentUser, ApplicationEventPublisher events,
                       Clock clock,
                       @Value("${portal.public-base-url}") String publicBaseUrl) {
        this.certificates = certificates;
        this.pdfs = pdfs;
        this.renderer = renderer;
        this.signer = signer;
        this.practices = practices;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.verifications = new ExpiringCache<>(clock, VERIFICATION_LIFETIME, MAX_VERIFICATIONS);
    }

    /** Idempotent per source event. A new award or declaration certificate replaces the practice's previous one. */
    Optional<Certificate> issue(Issue issue) {
        if (certificates.existsBySourceKey(issue.sourceKey())) {
            return Optional.empty();
        }
        var practice = practices.byIds(List.of(issue.practiceId())).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No practice " + issue.practiceId()));
        var certificate = create(issue, practice.name(), practice.odsCode(), null);
        var earlier = issue.kind() == CertificateKind.TRAINING
                ? certificates.findByKindAndSourceIdAndStatusIn(issue.kind(), issue.sourceId(), IN_FORCE).stream()
                .filter(c -> java.util.Objects.equals(c.getHolderName(), issue.holderName())).toList()
                : certificates.findByPracticeIdAndKindAndStatusIn(issue.practiceId(), issue.kind(), IN_FORCE);
        earlier.stream().filter(c -> !c.getId().equals(certificate.getId())).forEach(c -> {
            c.supersede(certificate.getId(), today());
            certificates.save(c);
        });
        events.publishEvent(new CertificateIssued(UUID.randomUUID(), clock.instant(), certificate.getId(),
                issue.kind(), certificate.getCode(), issue.practiceId(), practice.name(), issue.holderName(),
                issue.holderEmail(), issue.expiresOn()));
        return Optional.of(certificate);
    }

    private Certificate create(Issue issue, String practiceName, String odsCode, VerificationCode given) {
        VerificationCode code = given;
        while (code == null || (given == null && certificates.existsByCode(code.value()))) {
            code = VerificationCode.random(random);
        }
        if (given != null && certificates.existsByCode(given.value())) {
            throw new IllegalArgumentException("The code " + given.grouped() + " is already in use.");
        }
        verificationsChange();
        var fields = new LinkedHashMap<String, String>(issue.fields());
        fields.put("practiceName", practiceName);
        fields.put("odsCode", odsCode);
        fields.put("issuedOn", DAY.format(issue.issuedOn()));
        fields.put("expiresOn", issue.expiresOn() == null ? "" : DAY.format(issue.expiresOn()));
        fields.put("code", code.grouped());
        fields.put("verifyUrl", publicBaseUrl + "/verify/" + code.value());
        if (issue.holderName() != null) {
            fields.put("attendeeName", issue.holderName());
        }
        byte[] signed = signer.sign(renderer.render(issue.kind(), fields),
                issue.kind().label() + " certificate " + code.grouped(), clock.instant());
        var certificate = certificates.saveAndFlush(new Certificate(code.value(), issue.kind(), issue.sourceKey(),
                issue.sourceId(), issue.practiceId(), practiceName, odsCode, issue.holderName(), issue.issuedOn(),
                issue.expiresOn(), issue.fields(), sha256(signed), clock.instant()));
        pdfs.store(certificate.getId(), signed);
        return certificate;
    }

    /** A new certificate with the same content under today's practice name (e.g. after a rename); the old is replaced. */
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public IssuedCertificate reissue(long certificateId) {
        return reissue(certificateId, null);
    }

    /**
     * Re-issues under a code already printed elsewhere: City of Sanctuary's earlier certificates when they move to
     * the portal, and the demo's published codes.
     */
    @RolesAllowed(Roles.ADMIN)
    public IssuedCertificate reissueWithCode(long certificateId, VerificationCode code) {
        return reissue(certificateId, java.util.Objects.requireNonNull(code));
    }

    private IssuedCertificate reissue(long certificateId, VerificationCode code) {
        var old = require(certificateId);
        var issue = new Issue(old.getKind(), "reissue:" + old.getId() + ":" + UUID.randomUUID(), old.getSourceId(),
                old.getPracticeId(), old.getHolderName(), null, old.getIssuedOn(), old.getExpiresOn(), old.getFields());
        var practice = practices.byIds(List.of(old.getPracticeId())).getFirst();
        var fresh = create(issue, practice.name(), practice.odsCode(), code);
        old.supersede(fresh.getId(), today());
        certificates.saveAndFlush(old);
        return view(fresh);
    }

    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public IssuedCertificate change(long certificateId, long expectedVersion, Change change, String reason) {
        var certificate = require(certificateId);
        if (certificate.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Someone else changed this certificate meanwhile. Nothing "
                    + "was changed: reload to see its status now.");
        }
        apply(certificate, change, reason);
        return view(certificates.saveAndFlush(certificate));
    }

    /** Follows the award: its suspension, reinstatement or revocation applies to its certificates in force. */
    void followSource(CertificateKind kind, long sourceId, Change change, String reason) {
        for (var certificate : certificates.findByKindAndSourceIdAndStatusIn(kind, sourceId, IN_FORCE)) {
            boolean applies = switch (change) {
                case SUSPEND -> certificate.getState() == Certificate.State.ISSUED;
                case REINSTATE -> certificate.getState() == Certificate.State.SUSPENDED;
                case REVOKE -> true;
            };
            if (applies) {
                apply(certificate, change, reason);
                certificates.save(certificate);
            }
        }
    }

    private void apply(Certificate certificate, Change change, String reason) {
        verificationsChange();
        switch (change) {
            case SUSPEND -> certificate.suspend(reason, today());
            case REINSTATE -> certificate.reinstate(reason, today());
            case REVOKE -> certificate.revoke(reason, today());
        }
    }

    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<IssuedCertificate> certificatesOf(long practiceId) {
        currentUser.requirePracticeReadAccess(practiceId);
        return certificates.findByPracticeIdOrderByIssuedAtDescIdDesc(practiceId).stream().map(this::view).toList();
    }

    /** Every certificate, newest first, found by code, ODS code, practice or holder name. */
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<IssuedCertificate> search(String text,
                                                                        org.springframework.data.domain.Pageable page) {
        String value = text == null || text.isBlank() ? null : text.strip();
        String code = VerificationCode.parse(value).map(VerificationCode::value).orElse("-");
        return certificates.search(LikePattern.escape(value), code, page).map(this::view);
    }

    /** The certificate in force for an award, a declaration or a training session's attendee, if any. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<IssuedCertificate> inForce(CertificateKind kind, long sourceId, String holderName) {
        return certificates.findByKindAndSourceIdAndStatusIn(kind, sourceId, IN_FORCE).stream()
                .filter(c -> java.util.Objects.equals(c.getHolderName(), holderName))
                .filter(c -> currentUser.require().readsEveryPractice() || currentUser.canAccessPractice(c.getPracticeId()))
                .findFirst().map(this::view);
    }

    /**
     * Anyone: the certificate a typed or scanned code names, if there is one. Answers are kept for a few seconds
     * ({@link #VERIFICATION_LIFETIME}), so a burst of scans costs one query per code; with no transaction of its own,
     * a kept answer costs none.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<Verification> verify(String typedCode) {
        return VerificationCode.parse(typedCode).flatMap(c -> verifications.get(c.value(),
                () -> certificates.findByCode(c.value()).map(this::verification)));
    }

    /** Anyone: the issued certificate whose bytes are exactly these. */
    @Transactional(readOnly = true)
    public Optional<Verification> verifyFile(byte[] pdf) {
        return certificates.findFirstBySha256(sha256(pdf)).map(this::verification);
    }

    /** Anyone: the certificate's PDF, the same bytes as issued. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(String typedCode) {
        return VerificationCode.parse(typedCode).flatMap(c -> certificates.findByCode(c.value()))
                .flatMap(c -> pdfs.of(c.getId()));
    }

    private Verification verification(Certificate c) {
        var current = c;
        for (int hops = 0; current.getSupersededBy() != null && hops < 50; hops++) {
            current = certificates.findById(current.getSupersededBy()).orElseThrow();
        }
        return new Verification(new VerificationCode(c.getCode()).grouped(), c.getKind(), c.getPracticeName(),
                c.getOdsCode(), c.getHolderName(), c.getIssuedOn(), c.getExpiresOn(), c.status(today()),
                c.getStatusChangedOn(), current == c ? null : new VerificationCode(current.getCode()).grouped());
    }

    /** Kept verification answers are forgotten once the transaction that changes a certificate commits. */
    private void verificationsChange() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    verifications.clear();
                }
            });
        } else {
            verifications.clear();
        }
    }

    private IssuedCertificate view(Certificate c) {
        return new IssuedCertificate(c.getId(), new VerificationCode(c.getCode()).grouped(), c.getKind(),
                c.getPracticeName(), c.getOdsCode(), c.getHolderName(), c.getIssuedOn(), c.getExpiresOn(), c.status(today()), c.getStatusReason(),
                c.getVersion());
    }

    private Certificate require(long certificateId) {
        return certificates.findById(certificateId).orElseThrow(() -> new AccessDeniedException("No such certificate."));
    }

    private LocalDate today() {
        return UkCalendar.today(clock);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
