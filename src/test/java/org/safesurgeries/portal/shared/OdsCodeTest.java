package org.safesurgeries.portal.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OdsCodeTest {

    @Test
    void a_letter_and_five_digits_is_an_ods_code() {
        assertThat(new OdsCode("Y02345").value()).isEqualTo("Y02345");
    }

    @Test
    void what_people_type_is_normalised() {
        assertThat(OdsCode.parse("  y02345 ")).isEqualTo(new OdsCode("Y02345"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Y0234", "Y023456", "02345Y", "YY2345", "Y0234A", "Y 02345"})
    void anything_else_is_refused_with_an_example(String text) {
        assertThatThrownBy(() -> OdsCode.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one letter followed by five digits");
        assertThat(OdsCode.isValid(text)).isFalse();
    }
}
