package org.safesurgeries.portal.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safesurgeries.portal.shared.HostileInputs.InvalidUtf8;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTextTest {

    static List<InvalidUtf8> invalidUtf8() {
        return HostileInputs.invalidUtf8();
    }

    @Test
    void utf8_with_or_without_a_byte_order_mark_is_read_as_utf8() {
        assertThat(CsvText.decode("\uFEFFZoë,Łukasik".getBytes(StandardCharsets.UTF_8))).isEqualTo("Zoë,Łukasik");
    }

    @Test
    void a_windows_1252_file_is_read_as_windows_1252() {
        assertThat(CsvText.decode("Café,Crème brûlée".getBytes(Charset.forName("windows-1252"))))
                .isEqualTo("Café,Crème brûlée");
    }

    @ParameterizedTest
    @MethodSource("invalidUtf8")
    void a_utf8_file_with_a_damaged_sequence_keeps_its_letters_and_marks_the_damage_once(InvalidUtf8 bytes) {
        String text = CsvText.decode(bytes.between("Zoë,Caf", ",Łukasik"));
        assertThat(text).isEqualTo("Zoë,Caf" + CsvText.DAMAGED + ",Łukasik");
    }
}
