package org.safesurgeries.portal.declaration.domain;

import org.safesurgeries.portal.shared.TypedText;

/** The named person who signs for the practice, and their role there. */
public record Signatory(String name, String role) {

    public Signatory {
        name = required(name, "Type your full name to sign.", "Your full name");
        role = required(role, "Type your role at the practice, for example Practice Manager.", "Your role");
    }

    private static String required(String text, String message, String label) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        if (text.strip().length() > 120) {
            throw new IllegalArgumentException("Keep this under 120 characters.");
        }
        return TypedText.requireLine(label, text.strip());
    }
}
