package org.safesurgeries.portal.demo;

import org.safesurgeries.portal.award.AwardService;
import org.safesurgeries.portal.certificate.CertificateKind;
import org.safesurgeries.portal.certificate.CertificateService;
import org.safesurgeries.portal.certificate.CertificateService.IssuedCertificate;
import org.safesurgeries.portal.certificate.VerificationCode;
import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.declaration.DeclarationVersion;
import org.safesurgeries.portal.security.EmailAddress;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.training.SessionDetails;
import org.safesurgeries.portal.training.SessionDetails.Attendance;
import org.safesurgeries.portal.training.SessionDetails.NamedAttendee;
import org.safesurgeries.portal.training.TrainingAnswers.SessionFormat;
import org.safesurgeries.portal.training.TrainingAnswers.Source;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingRecords;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One certificate of each kind under the codes the README publishes, so anyone can try verification at once. The
 * certificates are issued by the real event handlers; the demo then re-issues each under its published code (as a
 * move of earlier paper certificates would).
 */
@Component
class DemoCertificates {

    static final VerificationCode AWARD = new VerificationCode("AWARDSANCT260C");
    static final VerificationCode DECLARATION = new VerificationCode("SAFESVRGERY269");
    static final VerificationCode TRAINING = new VerificationCode("TRA1N1NGDEM014");
    static final String ATTENDEE = "Amani Tesfaye";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final CertificateService certificates;
    private final AwardService awards;
    private final DeclarationService declarations;
    private final TrainingRecords training;
    private final Clock clock;

    DemoCertificates(CertificateService certificates, AwardService awards, DeclarationService declarations,
                     TrainingRecords training, Clock clock) {
        this.certificates = certificates;
        this.awards = awards;
        this.declarations = declarations;
        this.training = training;
        this.clock = clock;
    }

    /** Runs as the system administrator, after the demo award; does nothing once the published codes exist. */
    void create() {
        if (certificates.verify(AWARD.value()).isPresent()) {
            return;
        }
        var award = awards.all().getFirst();
        var declaration = declarations.history(award.practiceId()).stream().filter(v -> !v.isDraft())
                .map(DeclarationVersion::id).findFirst().orElseThrow();
        var session = new AtomicLong();
        SystemAuthentication.runAs(DemoTraining.TRAINER, "ROLE_TRAINER", () -> session.set(training.record(
                new SessionDetails(UkCalendar.today(clock).minusDays(12), SessionFormat.IN_PERSON,
                        Source.DOTW_TRAINER, 90, Set.of(training.topics().get(1).id()),
                        List.of(new Attendance(award.practiceId(), StaffRole.RECEPTION_ADMIN, 1)),
                        List.of(new NamedAttendee(award.practiceId(), ATTENDEE, StaffRole.RECEPTION_ADMIN,
                                EmailAddress.parse("amani.tesfaye@example.org"))), null)).id()));
        reissue(() -> certificates.inForce(CertificateKind.AWARD, award.id(), null), AWARD);
        reissue(() -> certificates.inForce(CertificateKind.DECLARATION, declaration, null), DECLARATION);
        reissue(() -> certificates.inForce(CertificateKind.TRAINING, session.get(), ATTENDEE), TRAINING);
    }

    // The handlers run after commit on their own threads: wait for each certificate, then give it its code.
    private void reissue(Supplier<Optional<IssuedCertificate>> issued, VerificationCode code) {
        var deadline = Instant.now().plus(WAIT);
        Optional<IssuedCertificate> found = issued.get();
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            found = issued.get();
        }
        found.ifPresent(c -> certificates.reissueWithCode(c.id(), code));
    }
}
