package org.safesurgeries.portal.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({
            "m1 1ae, M1 1AE",          // A9 9AA
            "B33 8TH, B33 8TH",        // A99 9AA
            "cr26xh, CR2 6XH",         // AA9 9AA
            "DN55  1PT, DN55 1PT",     // AA99 9AA
            "w1a 1hq, W1A 1HQ",        // A9A 9AA
            " ec1a1bb , EC1A 1BB"      // AA9A 9AA
    })
    void each_standard_format_is_accepted_and_normalised(String typed, String normal) {
        assertThat(Postcode.parse(typed).value()).isEqualTo(normal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SW1A", "12345", "SW1A 1A", "SW1A 11AA", "Q1 1AA1", "1AA 1AA", "AAA 1AA"})
    void malformed_postcodes_are_refused(String typed) {
        assertThatThrownBy(() -> Postcode.parse(typed)).hasMessageContaining("UK postcode");
        assertThat(Postcode.isValid(typed)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"E14 9XQ", "PL1 2AB"})
    void the_outward_code_is_the_part_before_the_space(String postcode) {
        assertThat(Postcode.parse(postcode).outwardCode()).isEqualTo(postcode.substring(0, postcode.indexOf(' ')));
    }
}
