package org.safesurgeries.portal.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageCodeTest {

    @ParameterizedTest
    @CsvSource({"am, Amharic", "ar, Arabic", "prs, Dari", "fa, Farsi (Persian)", "ckb, Kurdish (Sorani)",
            "om, Oromo", "ps, Pashto", "es, Spanish", "ti, Tigrinya", "uk, Ukrainian", "ru, Russian",
            "tr, Turkish", "pt, Portuguese", "pl, Polish"})
    void the_languages_named_by_the_seed_studies_are_known(String code, String name) {
        assertThat(LanguageCode.parse(code).englishName()).isEqualTo(name);
    }

    @Test
    void arabic_farsi_dari_pashto_and_sorani_are_written_right_to_left() {
        for (String code : new String[] {"ar", "fa", "prs", "ps", "ckb"}) {
            assertThat(LanguageCode.parse(code).rightToLeft()).as(code).isTrue();
        }
        assertThat(LanguageCode.parse("ti").rightToLeft()).isFalse();
    }

    @Test
    void unknown_codes_are_refused_and_case_is_normalised() {
        assertThat(LanguageCode.parse(" AR ").value()).isEqualTo("ar");
        assertThatThrownBy(() -> LanguageCode.parse("xx")).hasMessageContaining("not an ISO 639 language code");
        assertThatThrownBy(() -> LanguageCode.parse("english")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_list_is_sorted_by_name_for_pickers() {
        var all = LanguageCode.all();
        assertThat(all).hasSizeGreaterThan(150);
        assertThat(all).extracting(LanguageCode::englishName).isSorted();
    }
}
