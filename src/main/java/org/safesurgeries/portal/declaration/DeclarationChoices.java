package org.safesurgeries.portal.declaration;

/** The fixed answers of a declaration form. */
public final class DeclarationChoices {

    private DeclarationChoices() {
    }

    public enum ItemStatus {
        IN_PLACE("In place"), IN_PROGRESS("In progress"), NOT_YET("Not yet");

        private final String label;

        ItemStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum InterpreterAccess {
        TELEPHONE("By telephone"), IN_PERSON("In person"), BOTH("By telephone and in person");

        private final String label;

        InterpreterAccess(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum RegistrationRoute {
        WALK_IN("Walk in"), PHONE("By phone"), ONLINE_FORM("Online form"), PAPER_FORM("Paper form");

        private final String label;

        RegistrationRoute(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum DeclarationStatus {
        DRAFT("Draft"), DECLARED("Declared"), SUPERSEDED("Replaced by a newer version"), WITHDRAWN("Withdrawn"),
        LAPSED("Lapsed");

        private final String label;

        DeclarationStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
