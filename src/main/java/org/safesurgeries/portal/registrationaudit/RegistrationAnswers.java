package org.safesurgeries.portal.registrationaudit;

/** The fixed answers of one logged registration. None of them identifies a person. */
public final class RegistrationAnswers {

    private RegistrationAnswers() {
    }

    /** An answer with the words people see for it. */
    public interface Labelled {
        String label();
    }

    public enum RegistrationType implements Labelled {
        PERMANENT("Permanent"), TEMPORARY_RESIDENT("Temporary resident (24 hours to 3 months)"),
        IMMEDIATELY_NECESSARY("Immediately necessary treatment");

        private final String label;

        RegistrationType(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Documents the person could not provide. */
    public enum MissingDocument implements Labelled {
        PHOTO_ID("Photo ID"), PROOF_OF_ADDRESS("Proof of address"),
        IMMIGRATION_DOCUMENTS("Immigration documents"), NHS_NUMBER("NHS number");

        private final String label;

        MissingDocument(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Outcome implements Labelled {
        REGISTERED("Registered"), PENDING("Pending"), REFUSED("Refused");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum RefusalReason implements Labelled {
        NO_PROOF_OF_ADDRESS("No proof of address"), NO_ID("No ID"), IMMIGRATION_STATUS("Immigration status"),
        OUTSIDE_PRACTICE_AREA("Outside the practice area"), LIST_CLOSED("List closed"), OTHER("Other");

        private final String label;

        RefusalReason(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
