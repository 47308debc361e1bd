package org.safesurgeries.portal.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What happens to certificates that other modules may want to know. */
public final class CertificateEvents {

    private CertificateEvents() {
    }

    /**
     * A certificate was issued for a practice (award, declaration) or for a named member of its staff (training);
     * {@code holderEmail} is the attendee's work address, for training certificates only.
     */
    public record CertificateIssued(UUID eventId, Instant occurredAt, long certificateId, CertificateKind kind,
                                    String code, long practiceId, String practiceName, String holderName,
                                    String holderEmail, LocalDate expiresOn) {
    }
}
