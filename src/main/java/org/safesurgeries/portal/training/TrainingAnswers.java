package org.safesurgeries.portal.training;

import org.safesurgeries.portal.practice.Headcounts;

/** The fixed answers of a training record. */
public final class TrainingAnswers {

    private TrainingAnswers() {
    }

    /** Staff roles, as the practice keeps its head-count. */
    public enum StaffRole {
        RECEPTION_ADMIN("Reception and admin"), CLINICAL("Clinical"), PRACTICE_MANAGER("Practice manager"),
        OTHER("Other");

        private final String label;

        StaffRole(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** This role's staff in the practice's head-count. */
        public int of(Headcounts headcounts) {
            return switch (this) {
                case RECEPTION_ADMIN -> headcounts.receptionAdmin();
                case CLINICAL -> headcounts.clinical();
                case PRACTICE_MANAGER -> headcounts.practiceManager();
                case OTHER -> headcounts.other();
            };
        }
    }

    public enum SessionFormat {
        IN_PERSON("In person"), ONLINE("Online");

        private final String label;

        SessionFormat(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Who delivered it: a Doctors of the World trainer (verified), or the practice itself (self-reported). */
    public enum Source {
        DOTW_TRAINER("Doctors of the World trainer", true), IN_HOUSE("In-house", false),
        E_LEARNING("E-learning", false);

        private final String label;
        private final boolean verified;

        Source(String label, boolean verified) {
            this.label = label;
            this.verified = verified;
        }

        public String label() {
            return label;
        }

        public boolean verified() {
            return verified;
        }
    }
}
