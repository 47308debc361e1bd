package org.safesurgeries.portal.registrationaudit;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Channel;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Scenario;
import org.safesurgeries.portal.shared.PatientDataRejected;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class MysteryShoppingTest {

    @Autowired
    MysteryShopping shopping;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    void a_failed_check_marks_the_practice_until_a_later_check_passes() {
        long practice = idOf("Y90017");
        shopping.record(practice, report(LocalDate.now().minusDays(20), CheckOutcome.ASKED_FOR_DOCUMENTS, null));
        assertThat(shopping.needsFollowUp(practice)).isTrue();
        assertThat(shopping.practicesNeedingFollowUp()).extracting(CheckRecord::odsCode).contains("Y90017");

        shopping.record(practice, report(LocalDate.now().minusDays(2), CheckOutcome.WOULD_REGISTER,
                "Receptionist explained a care-of address could be used"));
        assertThat(shopping.needsFollowUp(practice)).isFalse();
        assertThat(shopping.checksOf(practice)).hasSize(2).first()
                .satisfies(c -> assertThat(c.report().outcome()).isEqualTo(CheckOutcome.WOULD_REGISTER));
    }

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    void a_check_in_the_future_or_with_patient_data_is_refused() {
        long practice = idOf("Y90018");
        assertThatThrownBy(() -> shopping.record(practice, report(LocalDate.now().plusDays(1), CheckOutcome.REFUSED,
                null))).hasMessageContaining("future");
        assertThatThrownBy(() -> report(LocalDate.now(), CheckOutcome.REFUSED, "persona DOB 01/02/1990"))
                .isInstanceOf(PatientDataRejected.class);
        assertThat(shopping.checksOf(practice)).isEmpty();
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void a_practice_manager_cannot_record_checks_or_read_another_practices() {
        assertThatThrownBy(() -> shopping.record(idOf("Y90001"), report(LocalDate.now(), CheckOutcome.REFUSED, null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> shopping.checksOf(idOf("Y90003"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> shopping.practicesNeedingFollowUp())
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void the_practice_responds_to_a_check_on_itself() {
        long practice = idOf("Y90001");
        long check = jdbc.queryForObject("""
                insert into mystery_shopper_check (practice_id, checked_on, channel, no_photo_id, no_proof_of_address,
                    no_immigration_documents, needs_interpreter, outcome, recorded_by, created_at)
                values (?, curdate(), 'PHONE', true, false, false, false, 'REFUSED', 'trainer', now(6)) returning id
                """, Long.class, practice);

        try {
            shopping.respond(check, "All reception staff retrained on 3 November; policy re-issued.");

            var answered = shopping.checksOf(practice).stream().filter(c -> c.id() == check).findFirst().orElseThrow();
            assertThat(answered.practiceResponse()).startsWith("All reception staff retrained");
            assertThat(answered.respondedOn()).isEqualTo(LocalDate.now());
        } finally {
            // The demo manager's practice applies for the award in the browser journey: leave no failed check.
            jdbc.update("delete from mystery_shopper_check where id = ?", check);
        }
    }

    static CheckReport report(LocalDate on, CheckOutcome outcome, String notes) {
        return new CheckReport(on, Channel.PHONE, Set.of(Scenario.NO_PROOF_OF_ADDRESS, Scenario.NO_PHOTO_ID), outcome,
                notes);
    }

    private long idOf(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }
}
