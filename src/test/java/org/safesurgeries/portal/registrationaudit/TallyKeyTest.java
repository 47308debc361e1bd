package org.safesurgeries.portal.registrationaudit;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.Outcome;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RefusalReason;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.RegistrationType;

import java.time.YearMonth;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TallyKeyTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void the_same_answers_make_the_same_counter_whatever_their_order() {
        var a = new TallyKey(NOW, RegistrationType.PERMANENT,
                Set.of(MissingDocument.PHOTO_ID, MissingDocument.PROOF_OF_ADDRESS), null, Outcome.REGISTERED, null);
        var b = new TallyKey(NOW, RegistrationType.PERMANENT,
                Set.of(MissingDocument.PROOF_OF_ADDRESS, MissingDocument.PHOTO_ID), null, Outcome.REGISTERED, null);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void a_refusal_needs_its_reason_and_only_a_refusal_keeps_one() {
        assertThatThrownBy(() -> new TallyKey(NOW, RegistrationType.PERMANENT, Set.of(), null, Outcome.REFUSED, null))
                .hasMessageContaining("why the registration was refused");
        assertThat(new TallyKey(NOW, RegistrationType.PERMANENT, Set.of(), null, Outcome.REGISTERED,
                RefusalReason.NO_ID).refusalReason()).isNull();
    }

    @Test
    void the_current_month_and_the_twelve_before_it_may_be_logged_but_not_the_future() {
        assertThatCode(() -> key(NOW).requireLoggable(NOW)).doesNotThrowAnyException();
        assertThatCode(() -> key(NOW.minusMonths(12)).requireLoggable(NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> key(NOW.minusMonths(13)).requireLoggable(NOW)).hasMessageContaining("last 12 months");
        assertThatThrownBy(() -> key(NOW.plusMonths(1)).requireLoggable(NOW)).hasMessageContaining("future month");
    }

    private static TallyKey key(YearMonth month) {
        return new TallyKey(month, RegistrationType.PERMANENT, Set.of(), null, Outcome.REGISTERED, null);
    }
}
