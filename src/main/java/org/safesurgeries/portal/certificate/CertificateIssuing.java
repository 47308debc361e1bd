package org.safesurgeries.portal.certificate;

import org.safesurgeries.portal.award.AwardEvents.AwardGranted;
import org.safesurgeries.portal.award.AwardEvents.AwardReinstated;
import org.safesurgeries.portal.award.AwardEvents.AwardRevoked;
import org.safesurgeries.portal.award.AwardEvents.AwardSuspended;
import org.safesurgeries.portal.certificate.CertificateService.Change;
import org.safesurgeries.portal.certificate.CertificateService.Issue;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationReconfirmed;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationSigned;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationWithdrawn;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingEvents.TrainingAttended;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Issues certificates when the owning modules say so. Each handler runs after the change has committed, from the
 * event publication registry: a failure is retried, and the source key (the award, the declaration and its
 * reconfirmation date, the training event) makes a retry issue nothing twice.
 */
@Component
class CertificateIssuing {

    /** A declaration is a Safe Surgery until 15 months after it was last confirmed (see domain.md). */
    static final int DECLARATION_MONTHS = 15;

    private final CertificateService certificates;

    CertificateIssuing(CertificateService certificates) {
        this.certificates = certificates;
    }

    @ApplicationModuleListener
    void on(AwardGranted event) {
        certificates.issue(new Issue(CertificateKind.AWARD, "award:" + event.awardId(), event.awardId(),
                event.practiceId(), null, null, event.awardedOn(), event.expiresOn(), Map.of()));
    }

    @ApplicationModuleListener
    void on(DeclarationSigned event) {
        certificates.issue(new Issue(CertificateKind.DECLARATION, "declaration:" + event.declarationId(),
                event.declarationId(), event.practiceId(), null, null, event.signedOn(),
                event.signedOn().plusMonths(DECLARATION_MONTHS), Map.of()));
    }

    // Reconfirming extends the declaration: a fresh certificate with the new date replaces the old.
    @ApplicationModuleListener
    void on(DeclarationReconfirmed event) {
        certificates.issue(new Issue(CertificateKind.DECLARATION,
                "declaration:" + event.declarationId() + ":reconfirmed:" + event.confirmedOn(),
                event.declarationId(), event.practiceId(), null, null, event.confirmedOn(),
                event.confirmedOn().plusMonths(DECLARATION_MONTHS), Map.of()));
    }

    @ApplicationModuleListener
    void on(DeclarationWithdrawn event) {
        certificates.followSource(CertificateKind.DECLARATION, event.declarationId(), Change.REVOKE,
                "The practice withdrew its declaration.");
    }

    @ApplicationModuleListener
    void on(TrainingAttended event) {
        certificates.issue(new Issue(CertificateKind.TRAINING, "TrainingAttended:" + event.eventId(),
                event.sessionId(), event.practiceId(), event.name(), event.email(), event.deliveredOn(), null,
                Map.of("attendeeRole", StaffRole.valueOf(event.role()).label(), "sessionDate", CertificateService.DAY.format(event.deliveredOn()),
                        "topics", String.join(", ", event.topics()))));
    }

    @ApplicationModuleListener
    void on(AwardSuspended event) {
        certificates.followSource(CertificateKind.AWARD, event.awardId(), Change.SUSPEND, event.reason());
    }

    @ApplicationModuleListener
    void on(AwardReinstated event) {
        certificates.followSource(CertificateKind.AWARD, event.awardId(), Change.REINSTATE, event.reason());
    }

    @ApplicationModuleListener
    void on(AwardRevoked event) {
        certificates.followSource(CertificateKind.AWARD, event.awardId(), Change.REVOKE, event.reason());
    }
}
