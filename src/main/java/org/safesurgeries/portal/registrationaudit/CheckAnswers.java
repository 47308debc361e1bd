package org.safesurgeries.portal.registrationaudit;

/** The fixed answers of a mystery-shopper check. */
public final class CheckAnswers {

    private CheckAnswers() {
    }

    public enum Channel {
        PHONE("Phone"), IN_PERSON("In person"), WEBSITE("Website"), ONLINE_FORM("Online registration form");

        private final String label;

        Channel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the test persona could not provide or needed. */
    public enum Scenario {
        NO_PHOTO_ID("No photo ID"), NO_PROOF_OF_ADDRESS("No proof of address"),
        NO_IMMIGRATION_DOCUMENTS("No immigration documents"), NEEDS_INTERPRETER("Needs an interpreter");

        private final String label;

        Scenario(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum CheckOutcome {
        WOULD_REGISTER("Would register", true), ASKED_FOR_DOCUMENTS("Asked for documents", false),
        REFUSED("Refused", false), UNSURE("Unsure or inconsistent", false);

        private final String label;
        private final boolean pass;

        CheckOutcome(String label, boolean pass) {
            this.label = label;
            this.pass = pass;
        }

        public String label() {
            return label;
        }

        public boolean passed() {
            return pass;
        }

        /** Asked for documents or refused: the failures that call for follow-up. */
        public boolean failed() {
            return this == ASKED_FOR_DOCUMENTS || this == REFUSED;
        }
    }
}
