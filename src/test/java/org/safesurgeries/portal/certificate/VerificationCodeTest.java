package org.safesurgeries.portal.certificate;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerificationCodeTest {

    final SecureRandom random = new SecureRandom();

    @Test
    void a_code_carries_65_random_bits_and_reads_in_groups_of_four() {
        var code = VerificationCode.random(random);
        assertThat(VerificationCode.DATA_LENGTH * 5).isGreaterThanOrEqualTo(60);
        assertThat(code.value()).hasSize(14).matches("[0-9A-HJKMNP-TV-Z]{14}");
        assertThat(code.grouped()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}");
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(VerificationCode.random(random).value());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void typing_forgives_case_spaces_hyphens_and_look_alike_letters() {
        var code = new VerificationCode("7KQ3M9TX2HCP" + "4" + VerificationCode.checkCharacter("7KQ3M9TX2HCP4"));
        String typed = code.grouped().toLowerCase().replace('1', 'l').replace('0', 'o').replace("-", " - ");
        assertThat(VerificationCode.parse(typed)).contains(code);
        assertThat(VerificationCode.parse("  " + code.value() + " ")).contains(code);
    }

    @Test
    void every_single_mistyped_character_is_caught() {
        for (int n = 0; n < 200; n++) {
            var code = VerificationCode.random(random).value();
            for (int i = 0; i < code.length(); i++) {
                for (char c : VerificationCode.ALPHABET.toCharArray()) {
                    if (c != code.charAt(i)) {
                        String wrong = code.substring(0, i) + c + code.substring(i + 1);
                        assertThat(VerificationCode.parse(wrong)).as(wrong).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void most_swapped_neighbours_are_caught() {
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 2_000; n++) {
            var code = VerificationCode.random(random).value();
            for (int i = 0; i + 1 < code.length(); i++) {
                if (code.charAt(i) == code.charAt(i + 1)) {
                    continue;
                }
                String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                swaps++;
                caught += VerificationCode.parse(swapped).isEmpty() ? 1 : 0;
            }
        }
        assertThat((double) caught / swaps).isGreaterThan(0.95);
    }

    @Test
    void malformed_input_is_not_a_code() {
        assertThat(VerificationCode.parse(null)).isEmpty();
        assertThat(VerificationCode.parse("")).isEmpty();
        assertThat(VerificationCode.parse("7KQ3-M9TX")).isEmpty();
        assertThat(VerificationCode.parse("7KQ3-M9TX-2HCP-4R'; drop table certificate; --")).isEmpty();
        assertThat(VerificationCode.parse("U".repeat(14))).isEmpty();
        assertThatThrownBy(() -> new VerificationCode("ABC")).isInstanceOf(IllegalArgumentException.class);
    }
}
