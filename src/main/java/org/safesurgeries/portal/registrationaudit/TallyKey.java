package org.safesurgeries.portal.registrationaudit;

import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.Outcome;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RefusalReason;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RegistrationType;
import org.safesurgeries.portal.shared.LanguageCode;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which counter one registration adds to: the month and the answers, nothing else. A refusal needs its reason; an
 * interpreter is recorded as the language needed (none when no interpreter was needed).
 */
public record TallyKey(YearMonth month, RegistrationType type, Set<MissingDocument> missingDocuments,
                       LanguageCode interpreterLanguage, Outcome outcome, RefusalReason refusalReason) {

    public TallyKey {
        Objects.requireNonNull(month, "Choose the month.");
        Objects.requireNonNull(type, "Choose the type of registration.");
        Objects.requireNonNull(outcome, "Choose the outcome.");
        missingDocuments = missingDocuments.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missingDocuments));
        if (outcome == Outcome.REFUSED && refusalReason == null) {
            throw new IllegalArgumentException("Choose why the registration was refused.");
        }
        if (outcome != Outcome.REFUSED) {
            refusalReason = null;
        }
    }

    /** A key as registration_tally stores it (enum names, booleans, '' for no language or reason). */
    static TallyKey of(YearMonth month, String type, boolean noPhotoId, boolean noProofOfAddress,
                       boolean noImmigrationDocuments, boolean noNhsNumber, String language, String outcome,
                       String refusalReason) {
        var missing = EnumSet.noneOf(MissingDocument.class);
        if (noPhotoId) {
            missing.add(MissingDocument.PHOTO_ID);
        }
        if (noProofOfAddress) {
            missing.add(MissingDocument.PROOF_OF_ADDRESS);
        }
        if (noImmigrationDocuments) {
            missing.add(MissingDocument.IMMIGRATION_DOCUMENTS);
        }
        if (noNhsNumber) {
            missing.add(MissingDocument.NHS_NUMBER);
        }
        return new TallyKey(month, RegistrationType.valueOf(type), missing,
                language.isEmpty() ? null : new LanguageCode(language), Outcome.valueOf(outcome),
                refusalReason.isEmpty() ? null : RefusalReason.valueOf(refusalReason));
    }

    public boolean missing(MissingDocument document) {
        return missingDocuments.contains(document);
    }

    /** Logging is for the current month and the 12 before it; the future is refused. */
    public void requireLoggable(YearMonth current) {
        if (month.isAfter(current)) {
            throw new IllegalArgumentException("Registrations cannot be logged for a future month.");
        }
        if (month.isBefore(current.minusMonths(12))) {
            throw new IllegalArgumentException("Registrations can be logged for the last 12 months only.");
        }
    }
}
