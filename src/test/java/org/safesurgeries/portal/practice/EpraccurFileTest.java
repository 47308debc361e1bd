package org.safesurgeries.portal.practice;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EpraccurFileTest {

    @Test
    void quoted_fields_keep_commas_and_doubled_quotes() {
        assertThat(EpraccurFile.split("\"A, B\",\"say \"\"hi\"\"\",plain", 1))
                .containsExactly("A, B", "say \"hi\"", "plain");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> EpraccurFile.read(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> EpraccurFile.read("\n\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("empty");
    }

    @Test
    void binary_content_is_not_a_csv_file() {
        assertThatThrownBy(() -> EpraccurFile.read(new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2}))
                .hasMessageContaining("not a CSV file");
    }

    @Test
    void text_without_commas_is_not_a_csv_file() {
        assertThatThrownBy(() -> EpraccurFile.read("hello world\nsecond line".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("no commas");
    }

    @Test
    void a_file_with_the_wrong_number_of_columns_is_refused_as_a_whole() {
        assertThatThrownBy(() -> EpraccurFile.read("a,b,c\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("has 3 columns where epraccur has 27");
    }

    @Test
    void line_numbers_count_blank_lines_too() {
        String row = "Y00001,N" + ",x".repeat(25);
        var lines = EpraccurFile.read(("\n" + row + "\n\n" + row).getBytes(StandardCharsets.UTF_8));
        assertThat(lines).extracting(EpraccurFile.Line::number).containsExactly(2, 4);
    }

    @Test
    void windows_1252_text_is_read_too() {
        byte[] content = ("Y00001,Caf\u00e9 Surgery" + ",x".repeat(25)).getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(EpraccurFile.read(content).getFirst().fields().get(1)).isEqualTo("Caf\u00e9 Surgery");
    }
}
