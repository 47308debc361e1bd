package org.safesurgeries.portal.declaration.domain;

/** The named person who signs for the practice, and their role there. */
public record Signatory(String name, String role) {

    public Signatory {
        name = required(name, "Type your full name to sign.");
        role = required(role, "Type your role at the practice, for example Practice Manager.");
    }

    private static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        if (text.strip().length() > 120) {
            throw new IllegalArgumentException("Keep this under 120 characters.");
        }
        return text.strip();
    }
}
