package org.safesurgeries.portal.certificate;

import org.safesurgeries.portal.shared.ui.DateFormats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the public learns about a certificate: what it certifies, for whom, its dates and its live status. A
 * superseded certificate names the code of the one that replaced it. Reasons for suspension or revocation stay
 * with the practice and the panel.
 */
public record Verification(String code, CertificateKind kind, String practiceName, String odsCode,
                           String holderName, LocalDate issuedOn, LocalDate expiresOn, CertificateStatus status,
                           LocalDate statusChangedOn, String currentCode) {

    /** The lines every verification page lists, in order: to whom, which practice, the dates and the code. */
    public List<String> facts() {
        var facts = new ArrayList<String>();
        if (holderName != null) {
            facts.add("Awarded to: " + holderName);
        }
        facts.add("Practice: " + practiceName + " (ODS code " + odsCode + ")");
        facts.add("Issued: " + DateFormats.DAY.format(issuedOn));
        facts.add(expiresOn == null ? "No expiry date"
                : (status == CertificateStatus.EXPIRED ? "Expired: " : "Valid until: ") + DateFormats.DAY.format(expiresOn));
        facts.add("Code: " + code);
        return facts;
    }

    /** " since 3 March 2026" after the status, for a certificate suspended, revoked or replaced; otherwise "". */
    public String since() {
        return switch (status) {
            case SUSPENDED, REVOKED, SUPERSEDED -> statusChangedOn == null ? ""
                    : " since " + DateFormats.DAY.format(statusChangedOn);
            default -> "";
        };
    }

    /** The code without its dashes, as in the verification address. */
    public static String inAddress(String code) {
        return code.replace("-", "");
    }
}
