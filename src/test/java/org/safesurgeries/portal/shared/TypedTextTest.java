package org.safesurgeries.portal.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safesurgeries.portal.shared.HostileInputs.Expect;
import org.safesurgeries.portal.shared.HostileInputs.HostileInput;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TypedTextTest {

    static List<HostileInput> corpus() {
        return HostileInputs.all();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void free_text_refuses_patient_data_and_characters_no_keyboard_types(HostileInput input) {
        boolean refused = input.expect() == Expect.PATIENT_DATA || input.expect() == Expect.CONTROL;
        assertThat(TypedText.problemInText(input.stored()).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void one_line_of_text_also_refuses_line_breaks_bidi_controls_and_invisible_characters(HostileInput input) {
        boolean refused = input.expect() != Expect.STORE && input.expect() != Expect.TOO_LONG;
        assertThat(TypedText.problemInLine(input.stored()).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë O'Brien-Łukasik", "زهرا احمدی\u200cنژاد", "ትርሓስ ኪዳነ", "Dr Amani 👩🏽\u200d⚕️",
            "عيادة النور\u200f (Y90001)", "Practice Manager / Caldicott Guardian"})
    void names_in_any_script_with_their_joiners_and_direction_marks_are_kept(String name) {
        assertThat(TypedText.problemInLine(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Riverside \u202Efdp.exe", "ad\u200Bmin", "Ann\nLee", "bell\u0007"})
    void the_refusal_names_the_field_and_says_what_to_do(String name) {
        var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(IllegalArgumentException.class,
                () -> TypedText.requireLine("Name", name));
        assertThat(refusal.getMessage()).startsWith("Name: ").containsAnyOf("retype", "one line");
    }
}
