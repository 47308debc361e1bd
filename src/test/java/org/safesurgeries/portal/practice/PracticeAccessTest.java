package org.safesurgeries.portal.practice;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo manager belongs to Y90001 and Y90002 only. */
@PortalTest
@WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
class PracticeAccessTest {

    @Autowired
    PracticeService practices;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_practice_manager_sees_their_own_practices() {
        assertThat(practices.myPractices()).extracting(PracticeDetails::odsCode)
                .containsExactlyInAnyOrder("Y90001", "Y90002");
        assertThat(practices.get(idOf("Y90001")).name()).isEqualTo("Riverside Health Centre");
    }

    @Test
    void a_practice_manager_cannot_read_or_change_another_practice() {
        long other = idOf("Y90003");
        String headcount = "select reception_admin_headcount from practice where id = ?";
        int before = jdbc.queryForObject(headcount, Integer.class, other);
        assertThatThrownBy(() -> practices.get(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practices.changeHeadcounts(other, 0, new Headcounts(before + 1, 1, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(headcount, Integer.class, other)).as("unchanged").isEqualTo(before);
    }

    @Test
    void a_refusal_says_the_same_for_a_missing_practice_as_for_another_ones() {
        String forOther = message(() -> practices.get(idOf("Y90004")));
        String forMissing = message(() -> practices.get(987_654_321L));
        assertThat(forMissing).isEqualTo(forOther);
    }

    @Test
    void a_stale_edit_is_refused_and_the_newer_one_is_kept() {
        long id = idOf("Y90002");
        var opened = practices.get(id);
        var first = practices.changeHeadcounts(id, opened.version(),
                new Headcounts(opened.headcounts().receptionAdmin() + 1, 3, 1, 0));

        assertThatThrownBy(() -> practices.changeHeadcounts(id, opened.version(), new Headcounts(99, 99, 99, 99)))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("Someone else changed this practice");
        assertThat(practices.get(id).headcounts()).isEqualTo(first.headcounts());
    }

    @Test
    void contact_details_are_validated_and_the_postcode_normalised() {
        long id = idOf("Y90001");
        var opened = practices.get(id);
        var contact = opened.contact();
        var saved = practices.changeContact(id, opened.version(), new PracticeDetails.ContactDetails(
                contact.addressLine1(), contact.addressLine2(), contact.addressLine3(), contact.town(),
                contact.county(), "e14  9xq", contact.telephone()));
        assertThat(saved.contact().postcode()).isEqualTo("E14 9XQ");

        assertThatThrownBy(() -> practices.changeContact(id, saved.version(), new PracticeDetails.ContactDetails(
                null, null, null, null, null, "nonsense", null))).hasMessageContaining("UK postcode");
        assertThat(practices.get(id).contact().postcode()).isEqualTo("E14 9XQ");
    }

    @Test
    @WithMockUser(username = "admin@demo.safesurgery.example", roles = "ADMIN")
    void an_administrator_sees_every_practice() {
        assertThat(practices.get(idOf("Y90003")).odsCode()).isEqualTo("Y90003");
        assertThat(practices.search("harbour", null, org.springframework.data.domain.PageRequest.of(0, 10)))
                .extracting(PracticeDetails::odsCode).containsExactly("Y90003");
    }

    private long idOf(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }

    private static String message(Runnable call) {
        try {
            call.run();
            throw new AssertionError("expected a refusal");
        } catch (AccessDeniedException e) {
            return e.getMessage();
        }
    }
}
