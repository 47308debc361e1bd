package org.safesurgeries.portal.registrationaudit;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
@WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
class TallyViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistrationTally tally;

    @Test
    @SuppressWarnings("unchecked")
    void three_registrations_logged_and_one_undone_leave_two() {
        long practice = idOf("Y90002");
        navigate("tally/" + practice, Component.class);
        long before = count(practice);

        for (int i = 0; i < 3; i++) {
            CheckboxGroup<MissingDocument> missing = find(CheckboxGroup.class).withCaption("Could not provide").single();
            missing.setValue(Set.of(MissingDocument.PROOF_OF_ADDRESS));
            test(find(Button.class).withText("Log registration").single()).click();
        }
        test(find(Button.class).withText("Undo").last()).click();

        assertThat(count(practice) - before).isEqualTo(2);
    }

    @Test
    void a_practice_manager_cannot_open_another_practices_tally() {
        navigate("tally/" + idOf("Y90003"), Component.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("You do not have access to this practice.");
        assertThat(find(Button.class).withText("Log registration").exists()).isFalse();
    }

    private long count(long practice) {
        return jdbc.queryForObject("select coalesce(sum(registrations), 0) from registration_tally where practice_id = ?"
                + " and month = ? and no_proof_of_address", Long.class, practice, tally.currentMonth().toString());
    }

    private long idOf(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }
}
