package org.safesurgeries.portal.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatientDataGuardTest {

    @Test
    void the_domain_briefs_example_is_a_valid_nhs_number() {
        assertThat(NhsNumbers.isValid("9434765919")).isTrue();
        assertThat(NhsNumbers.isValid("9434765918")).isFalse();
    }

    @Test
    void a_check_digit_of_ten_makes_a_number_invalid() {
        // 1, 0, 0 … weights give sum 10 → remainder 10 → check 1; find one whose check would be 10:
        // 0000000060: 6 × 2 = 12 → remainder 1 → check 10 → never a valid NHS number.
        assertThat(NhsNumbers.isValid("0000000060")).isFalse();
        assertThat(NhsNumbers.isValid("0000000000")).isTrue(); // remainder 0 → check 11 → 0
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Patient 9434765919 was registered",
            "NHS no: 943 476 5919",
            "ref 943-476-5919 today",
            "4010232137",
            "Our new patient (nhs 401 023 2137) had no ID",
            "NHS 943.476.5919",
            "nhs no. 401/023/2137.",
            "943 / 476 / 5919",
            "943 - 476 - 5919",
            "ref 943.476.5919, registered",
            "\uFF19\uFF14\uFF13\uFF0E\uFF14\uFF17\uFF16\uFF0E\uFF15\uFF19\uFF11\uFF19",
            "943\u2044476\u20445919",
            "790\u00B7334\u00B75311",
            "\u0669\u0664\u0663\u066B\u0664\u0667\u0666\u066B\u0665\u0669\u0661\u0669",
            "1.2 then 943.476.5919",
            "943.476-5919 or 943/476.5919",
            "v2.943.476.5919",
            "12/943/476/5919"
    })
    void text_with_a_valid_nhs_number_is_refused(String text) {
        assertThat(PatientDataGuard.findPatientData(text)).hasValueSatisfying(reason ->
                assertThat(reason).contains("NHS number").contains("identifies a patient"));
    }

    @Test
    void the_refusal_does_not_echo_the_whole_number() {
        assertThat(PatientDataGuard.findPatientData("see 9434765919").orElseThrow())
                .doesNotContain("9434765919").contains("943 … 919");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DOB 12/03/1985",
            "dob: 1985-03-12",
            "Date of birth 12.03.85",
            "born on 3 March 1990",
            "Born 3rd Mar 1990",
            "d.o.b. March 3, 1990"
    })
    void text_with_an_explicit_date_of_birth_is_refused(String text) {
        assertThat(PatientDataGuard.findPatientData(text)).hasValueSatisfying(reason ->
                assertThat(reason).contains("date of birth"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Call reception on 020 7946 0101 or 0207 946 0102",
            "Training delivered on 12/03/2026 to 14 reception staff",
            "Practice Y02345 in E14 9XQ",
            "Our telephone is +44 20 7946 0958",
            "1234567890 is not a valid NHS number",
            "We registered 23 people in March 2026 without ID",
            "Session ran 09:30-12:00, room 4, ext. 2231",
            "Reviewed on 12.03.2024 and 2024/03/12, policy version 1.4.1, cost £1,234.56",
            "Call 020.7946.0958 or 555.123.4567",
            "943.476.5918 fails the check",
            "Measured 943.4765919 and 9434765.919 (decimals, not grouped 3-3-4 throughout)",
            ""
    })
    void ordinary_text_passes(String text) {
        assertThat(PatientDataGuard.findPatientData(text)).isEmpty();
    }

    @Test
    void the_service_level_check_names_the_field() {
        assertThatThrownBy(() -> PatientDataGuard.requireNoPatientData("Training notes", "NHS 943 476 5919"))
                .isInstanceOf(PatientDataRejected.class)
                .hasMessageStartingWith("Training notes: ");
        assertThat(PatientDataGuard.requireNoPatientData("Notes", "All fine")).isEqualTo("All fine");
    }
}
