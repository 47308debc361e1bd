package org.safesurgeries.portal.certificate;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * A certificate's verification code: 65 random bits as 13 Crockford base32 characters plus a check character
 * (Luhn mod 32, which catches every single mistyped character and most swapped neighbours), shown in groups of
 * four: {@code 7KQ3-M9TX-2HCP-4R}. Reading forgives case, spaces, hyphens and the letters I, L and O typed for 1
 * and 0.
 */
public record VerificationCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int DATA_LENGTH = 13;
    static final int LENGTH = DATA_LENGTH + 1;

    public VerificationCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                || checkCharacter(value.substring(0, DATA_LENGTH)) != value.charAt(DATA_LENGTH)) {
            throw new IllegalArgumentException("Not a verification code.");
        }
    }

    public static VerificationCode random(SecureRandom random) {
        var data = new StringBuilder(DATA_LENGTH);
        for (int i = 0; i < DATA_LENGTH; i++) {
            data.append(ALPHABET.charAt(random.nextInt(32)));
        }
        return new VerificationCode(data.toString() + checkCharacter(data.toString()));
    }

    /** What a person typed or a QR code carried; empty when it is not a valid code (same answer for every reason). */
    public static Optional<VerificationCode> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        var normal = new StringBuilder();
        for (char c : typed.strip().toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            normal.append(switch (c) {
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> c;
            });
        }
        try {
            return Optional.of(new VerificationCode(normal.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Grouped for reading aloud and typing: {@code 7KQ3-M9TX-2HCP-4R}. */
    public String grouped() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-"
                + value.substring(12);
    }

    // Luhn mod N (N = 32): from the right, double every second value, fold the result back into base N.
    static char checkCharacter(String data) {
        int factor = 2;
        int sum = 0;
        for (int i = data.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(data.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return ALPHABET.charAt((32 - sum % 32) % 32);
    }

    @Override
    public String toString() {
        return grouped();
    }
}
