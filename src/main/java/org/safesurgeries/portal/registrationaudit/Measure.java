package org.safesurgeries.portal.registrationaudit;

/** What the statistics count: all logged registrations, or those without a given document, refused, and so on. */
public enum Measure {
    ALL("Registrations logged", "true"),
    NO_PHOTO_ID("Registered without photo ID", "no_photo_id and outcome = 'REGISTERED'"),
    NO_PROOF_OF_ADDRESS("Registered without proof of address", "no_proof_of_address and outcome = 'REGISTERED'"),
    NO_IMMIGRATION_DOCUMENTS("Registered without immigration documents",
            "no_immigration_documents and outcome = 'REGISTERED'"),
    NO_NHS_NUMBER("Registered without an NHS number", "no_nhs_number and outcome = 'REGISTERED'"),
    INTERPRETER("Needed an interpreter", "interpreter_language <> ''"),
    REFUSED("Refused", "outcome = 'REFUSED'");

    private final String label;
    private final String condition;

    Measure(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    public String label() {
        return label;
    }

    /** A fixed SQL condition on registration_tally; never built from input. */
    String condition() {
        return condition;
    }
}
