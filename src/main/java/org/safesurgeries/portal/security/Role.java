package org.safesurgeries.portal.security;

/** The roles a person can hold; a person may hold several. */
public enum Role {
    PRACTICE_MANAGER("Practice manager"),
    TRAINER("Trainer"),
    REVIEWER("Reviewer"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
