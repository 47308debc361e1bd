package org.safesurgeries.portal.certificate;

import java.time.LocalDate;

/**
 * What the public learns about a certificate: what it certifies, for whom, its dates and its live status. A
 * superseded certificate names the code of the one that replaced it. Reasons for suspension or revocation stay
 * with the practice and the panel.
 */
public record Verification(String code, CertificateKind kind, String practiceName, String odsCode,
                           String holderName, LocalDate issuedOn, LocalDate expiresOn, CertificateStatus status,
                           LocalDate statusChangedOn, String currentCode) {
}
