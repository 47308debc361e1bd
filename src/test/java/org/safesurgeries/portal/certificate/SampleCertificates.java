package org.safesurgeries.portal.certificate;

import java.util.HashMap;
import java.util.Map;

/** Plausible fields for each kind of certificate, to render in tests and previews. */
final class SampleCertificates {

    static final String VERIFY_URL = "https://portal.safesurgeries.org.uk/verify/K7QM-3XWD-9PHT";

    private SampleCertificates() {
    }

    static Map<String, String> fields(CertificateKind kind) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "practiceName", "Riverside Medical Centre",
                "odsCode", "F84021",
                "issuedOn", "3 March 2026",
                "expiresOn", "2 March 2029",
                "code", "K7QM-3XWD-9PHT",
                "verifyUrl", VERIFY_URL));
        switch (kind) {
            case DECLARATION -> fields.put("expiresOn", "3 March 2027");
            case TRAINING -> {
                fields.put("attendeeName", "Zoë O'Brien-Łukasik");
                fields.put("attendeeRole", "Receptionist");
                fields.put("sessionDate", "12 February 2026");
                fields.put("topics", "registering patients without ID or proof of address, overseas visitor "
                        + "charging, working with interpreters, and keeping patients' information confidential");
            }
            case AWARD -> { }
        }
        return fields;
    }

    static Map<String, String> with(CertificateKind kind, String field, String value) {
        Map<String, String> fields = fields(kind);
        fields.put(field, value);
        return fields;
    }
}
