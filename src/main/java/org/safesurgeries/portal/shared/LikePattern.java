package org.safesurgeries.portal.shared;

/**
 * Text someone searches for, made safe to put inside a SQL {@code LIKE} pattern: its {@code %} and {@code _} match
 * themselves instead of anything (MariaDB's default escape character is the backslash, which is escaped too).
 */
public final class LikePattern {

    private LikePattern() {
    }

    /** The text with {@code \ % _} escaped, or null for null. */
    public static String escape(String text) {
        return text == null ? null : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
