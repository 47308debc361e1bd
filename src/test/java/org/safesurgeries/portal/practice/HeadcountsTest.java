package org.safesurgeries.portal.practice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeadcountsTest {

    @Test
    void head_counts_are_whole_numbers_from_0_to_500() {
        assertThat(new Headcounts(0, 500, 1, 2).total()).isEqualTo(503);
        assertThatThrownBy(() -> new Headcounts(-1, 0, 0, 0)).hasMessageContaining("Reception and admin staff");
        assertThatThrownBy(() -> new Headcounts(0, 501, 0, 0)).hasMessageContaining("Clinical staff");
    }
}
