package org.safesurgeries.portal.certificate;

/** A certificate's live status, as the public verification page and the JSON show it. */
public enum CertificateStatus {
    VALID("Valid"),
    EXPIRED("Expired"),
    SUSPENDED("Suspended"),
    REVOKED("Revoked"),
    SUPERSEDED("Replaced by a newer certificate");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
