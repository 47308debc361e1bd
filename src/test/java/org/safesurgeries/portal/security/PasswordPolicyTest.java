package org.safesurgeries.portal.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void eleven_characters_are_too_few() {
        assertThat(PasswordPolicy.problemWith("abcdefghxyz")).hasValueSatisfying(p -> assertThat(p).contains("12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "QWERTYUIOP123", "111111111111", "abcdefghijklm",
            "123456789012", "zzzzzzzzzzzzzz", "safesurgery123"})
    void common_or_trivial_passwords_are_refused(String password) {
        assertThat(PasswordPolicy.problemWith(password)).hasValueSatisfying(p -> assertThat(p).contains("too common"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"river lantern cobalt", "kettle-orbit-meadow", "correct horse battery"})
    void long_uncommon_passwords_are_accepted_without_composition_rules(String password) {
        assertThat(PasswordPolicy.problemWith(password)).isEmpty();
    }
}
