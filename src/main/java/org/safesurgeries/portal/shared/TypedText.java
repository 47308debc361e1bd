package org.safesurgeries.portal.shared;

import java.util.Optional;
import java.util.Set;

/**
 * What text people type may hold, checked where it enters (entities and services), so that what is kept can be
 * shown, exported, printed and emailed exactly as it was typed. Free text (notes, narratives, reasons) refuses
 * characters no keyboard types: control characters (NUL, BEL, ESC, DEL and the C1 set), half of a surrogate pair
 * and noncharacters; line breaks and tabs are fine. One line of text (a name, a role, an address line) is printed on
 * certificates, in emails and in the public directory, so it also refuses line breaks, tabs and the invisible
 * characters that reorder or hide letters (bidi overrides and isolates, zero-width spaces), but keeps the joiners
 * and direction marks that Persian, Arabic and emoji need. Both refuse patient data ({@link PatientDataGuard}).
 */
public final class TypedText {

    // Zero-width non-joiner and joiner (Persian, Indic scripts, emoji), and the direction marks (left-to-right,
    // right-to-left, Arabic letter mark), which nudge neutral characters but cannot reorder a run of text.
    private static final Set<Integer> FORMAT_KEPT_IN_A_LINE = Set.of(0x200C, 0x200D, 0x200E, 0x200F, 0x061C);

    private TypedText() {
    }

    /** Why free text cannot be kept, or empty when it can. */
    public static Optional<String> problemInText(String text) {
        return characters(text, false).or(() -> PatientDataGuard.findPatientData(text));
    }

    /** Why one line of text (a name, a role, an address line) cannot be kept, or empty when it can. */
    public static Optional<String> problemInLine(String text) {
        return characters(text, true).or(() -> PatientDataGuard.findPatientData(text));
    }

    /** The service-level check for free text: throws, naming the field, when it cannot be kept. */
    public static String requireText(String fieldLabel, String text) {
        characters(text, false).ifPresent(problem -> refuse(fieldLabel, problem));
        return PatientDataGuard.requireNoPatientData(fieldLabel, text);
    }

    /** The service-level check for one line of text: throws, naming the field, when it cannot be kept. */
    public static String requireLine(String fieldLabel, String text) {
        characters(text, true).ifPresent(problem -> refuse(fieldLabel, problem));
        return PatientDataGuard.requireNoPatientData(fieldLabel, text);
    }

    private static void refuse(String fieldLabel, String problem) {
        throw new IllegalArgumentException(fieldLabel + ": " + problem);
    }

    private static Optional<String> characters(String text, boolean oneLine) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (c == '\t' || c == '\n' || c == '\r' || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                if (oneLine) {
                    return Optional.of("Keep this on one line: it contains a line break or a tab.");
                }
            } else if (type == Character.CONTROL) {
                return Optional.of("This text contains a control character (" + code(c) + ") that cannot be shown, "
                        + "perhaps copied along with the text from elsewhere. Please retype it.");
            } else if (type == Character.SURROGATE) {
                return Optional.of("This text contains half of a character (an emoji or symbol broken in two). "
                        + "Please retype it.");
            } else if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) {
                return Optional.of("This text contains " + code(c) + ", which is not a character. Please retype it.");
            } else if (oneLine && type == Character.FORMAT && !FORMAT_KEPT_IN_A_LINE.contains(c)) {
                return Optional.of("This contains an invisible character (" + code(c) + ") that can reorder or hide "
                        + "letters. Names, roles and addresses appear on certificates, in emails and in the public "
                        + "directory, so they hold visible characters only: please retype it.");
            } else if (oneLine && c == 0xFFFD) {
                return Optional.of("This contains \uFFFD, a stand-in for a character lost when the text was "
                        + "converted. Please retype it.");
            }
        }
        return Optional.empty();
    }

    private static String code(int c) {
        return String.format("U+%04X", c);
    }
}
