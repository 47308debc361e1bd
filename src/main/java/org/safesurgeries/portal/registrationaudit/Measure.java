package org.safesurgeries.portal.registrationaudit;

import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.Outcome;

import java.util.function.Predicate;

/**
 * What the statistics count: all logged registrations, those registered without a given document, refused, and so
 * on. Each is a column of {@code registration_month}, kept up to date from the answers of every logged registration.
 */
public enum Measure {
    ALL("Registrations logged", "registrations", key -> true),
    NO_PHOTO_ID("Registered without photo ID", "registered_without_photo_id",
            key -> registeredWithout(key, MissingDocument.PHOTO_ID)),
    NO_PROOF_OF_ADDRESS("Registered without proof of address", "registered_without_proof_of_address",
            key -> registeredWithout(key, MissingDocument.PROOF_OF_ADDRESS)),
    NO_IMMIGRATION_DOCUMENTS("Registered without immigration documents", "registered_without_immigration_documents",
            key -> registeredWithout(key, MissingDocument.IMMIGRATION_DOCUMENTS)),
    NO_NHS_NUMBER("Registered without an NHS number", "registered_without_nhs_number",
            key -> registeredWithout(key, MissingDocument.NHS_NUMBER)),
    INTERPRETER("Needed an interpreter", "interpreter_needed", key -> key.interpreterLanguage() != null),
    REGISTERED("Registered", "registered", key -> key.outcome() == Outcome.REGISTERED),
    PENDING("Pending", "pending", key -> key.outcome() == Outcome.PENDING),
    REFUSED("Refused", "refused", key -> key.outcome() == Outcome.REFUSED);

    private final String label;
    private final String column;
    private final Predicate<TallyKey> counts;

    Measure(String label, String column, Predicate<TallyKey> counts) {
        this.label = label;
        this.column = column;
        this.counts = counts;
    }

    public String label() {
        return label;
    }

    /** The column of registration_month that holds this measure: a fixed name, never built from input. */
    String column() {
        return column;
    }

    /** Whether a registration logged with these answers counts towards this measure. */
    boolean counts(TallyKey key) {
        return counts.test(key);
    }

    private static boolean registeredWithout(TallyKey key, MissingDocument document) {
        return key.outcome() == Outcome.REGISTERED && key.missing(document);
    }
}
