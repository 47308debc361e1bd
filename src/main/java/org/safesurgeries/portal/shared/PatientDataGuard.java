package org.safesurgeries.portal.shared;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses free text that contains what identifies a patient: a valid NHS number (ten digits, spaced or not, passing
 * the modulus-11 check) or an explicit date of birth ("DOB", "date of birth", "born on" followed by a date),
 * however it is written (full-width or Arabic-Indic digits, no-break spaces, en dashes, zero-width spaces). Views
 * use it as a validator and services call {@link #requireNoPatientData} again, so a view that forgot cannot let
 * such text through.
 */
public final class PatientDataGuard {

    // Ten digits, optionally grouped 3-3-4 with spaces or hyphens, not part of a longer run of digits.
    private static final Pattern NHS_NUMBER_CANDIDATE =
            Pattern.compile("(?<![0-9])([0-9]{3})[ \\-]?([0-9]{3})[ \\-]?([0-9]{4})(?![0-9])");

    private static final String DATE =
            "(?:[0-9]{1,2}[/.\\-][0-9]{1,2}[/.\\-][0-9]{2,4}"
                    + "|[0-9]{4}-[0-9]{2}-[0-9]{2}"
                    + "|[0-9]{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+[0-9]{2,4}"
                    + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\\s+[0-9]{2,4})";

    private static final Pattern DATE_OF_BIRTH = Pattern.compile(
            "\\b(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth|born\\s+on|born)\\s*[:\\-]?\\s*(?:on\\s+)?" + DATE,
            Pattern.CASE_INSENSITIVE);

    private PatientDataGuard() {
    }

    /** What was found and why it cannot be kept, or empty when the text holds nothing that identifies a patient. */
    public static Optional<String> findPatientData(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = comparable(typed);
        Matcher nhs = NHS_NUMBER_CANDIDATE.matcher(text);
        while (nhs.find()) {
            if (NhsNumbers.isValid(nhs.group(1) + nhs.group(2) + nhs.group(3))) {
                return Optional.of("This text contains what looks like an NHS number (" + mask(nhs.group())
                        + "). The portal must never hold information that identifies a patient: please remove it.");
            }
        }
        Matcher dob = DATE_OF_BIRTH.matcher(text);
        if (dob.find()) {
            return Optional.of("This text contains a date of birth (\"" + dob.group().strip()
                    + "\"). The portal must never hold information that identifies a patient: please remove it.");
        }
        return Optional.empty();
    }

    /** The service-level check: throws {@link PatientDataRejected} naming the field when the text is refused. */
    public static String requireNoPatientData(String fieldLabel, String text) {
        findPatientData(text).ifPresent(reason -> {
            throw new PatientDataRejected(fieldLabel + ": " + reason);
        });
        return text;
    }

    /**
     * The text as the patterns expect it, so that the way a number is written cannot hide it: compatibility forms
     * folded (full-width digits, no-break spaces), digits of any script as 0-9, any dash as "-", any space as " ",
     * and invisible format characters (zero-width spaces, bidi controls, soft hyphens) left out.
     */
    private static String comparable(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        var out = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.FORMAT) {
                return;
            }
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (Character.getType(c) == Character.DASH_PUNCTUATION) {
                out.append('-');
            } else if (Character.isSpaceChar(c)) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    // Shows enough for the person to find it in their text without echoing the whole number back.
    private static String mask(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        return digits.substring(0, 3) + " … " + digits.substring(7);
    }
}
