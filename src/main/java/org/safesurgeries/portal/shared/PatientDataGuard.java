package org.safesurgeries.portal.shared;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses free text that contains what identifies a patient: a valid NHS number (ten digits, spaced or not, passing
 * the modulus-11 check) or an explicit date of birth ("DOB", "date of birth", "born on" followed by a date),
 * however it is written (full-width or Arabic-Indic digits, no-break spaces, en dashes, zero-width spaces, groups
 * separated by dots or slashes). Views
 * use it as a validator and services call {@link #requireNoPatientData} again, so a view that forgot cannot let
 * such text through.
 */
public final class PatientDataGuard {

    // Ten digits, optionally grouped 3-3-4 with a space, or a hyphen, dot or slash (spaces around it allowed), not
    // part of a longer run of digits. Which groupings count is decided in isNhsNumber.
    private static final Pattern NHS_NUMBER_CANDIDATE = Pattern.compile(
            "(?<![0-9])([0-9]{3})( ?[\\-./] ?| )?([0-9]{3})( ?[\\-./] ?| )?([0-9]{4})(?![0-9])");

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
        // From every start, not only after the last candidate, so a candidate refused below cannot hide one inside it.
        for (int from = 0; from < text.length() && nhs.find(from); from = nhs.start() + 1) {
            if (isNhsNumber(nhs)) {
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

    /**
     * A candidate is an NHS number when its digits pass the modulus-11 check and, if a dot or slash separates its
     * groups, punctuation separates both gaps: "943.4765919" is a decimal, not a grouped number. Spaces and hyphens
     * may be mixed or left out, as before. As with spaces and hyphens, digits beyond a separator do not make a longer
     * number ("1-943-476-5919", "2.943.476.5919" are refused): no date, amount or version number is grouped 3-3-4.
     */
    private static boolean isNhsNumber(Matcher candidate) {
        if (!NhsNumbers.isValid(candidate.group(1) + candidate.group(3) + candidate.group(5))) {
            return false;
        }
        char first = punctuation(candidate.group(2));
        char second = punctuation(candidate.group(4));
        boolean dotted = first == '.' || first == '/' || second == '.' || second == '/';
        return !dotted || first != 0 && second != 0;
    }

    // The hyphen, dot or slash in a separator, or 0 when there is none (no separator or a space).
    private static char punctuation(String separator) {
        return separator == null || separator.isBlank() ? 0 : separator.strip().charAt(0);
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
     * folded (full-width digits, no-break spaces, full-width dots and slashes), digits of any script as 0-9, any dash
     * as "-", the fraction and division slashes as "/", the middle dot and the Arabic decimal separator as ".", any
     * space as " ", and invisible format characters (zero-width spaces, bidi controls, soft hyphens) left out.
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
            } else if (c == '\u2044' || c == '\u2215') {
                out.append('/');
            } else if (c == '\u00B7' || c == '\u066B') {
                out.append('.');
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
