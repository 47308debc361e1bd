package org.safesurgeries.portal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * NIST SP 800-63B style: at least 12 characters, not a commonly used password, no composition rules.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    private static final int MAXIMUM_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why the password cannot be used, or empty when it can. */
    public static Optional<String> problemWith(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of("Use at least " + MINIMUM_LENGTH + " characters. A few unrelated words make a "
                    + "strong password that is easy to remember.");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("Use at most " + MAXIMUM_LENGTH + " characters.");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded) || folded.chars().distinct().count() <= 2 || isSequence(folded)) {
            return Optional.of("This password is too common and easy to guess. Choose another one.");
        }
        return Optional.empty();
    }

    private static boolean isSequence(String text) {
        int step = text.charAt(1) - text.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < text.length(); i++) {
            if (text.charAt(i) - text.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load() {
        try (var in = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing from the build", e);
        }
    }
}
