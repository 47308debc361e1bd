package org.safesurgeries.portal.practice;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
@WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
class MyPracticeViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void head_counts_save_and_an_out_of_range_number_is_refused_at_the_field() {
        long id = jdbc.queryForObject("select id from practice where ods_code = 'Y90001'", Long.class);
        navigate("my-practice/" + id, Component.class);

        var reception = find(IntegerField.class).withCaption("Reception and admin staff").single();
        test(reception).setValue(12);
        test(find(Button.class).withText("Save head-counts").single()).click();
        assertThat(headcount(id)).isEqualTo(12);

        // The browser's own max stops this; a crafted request does not, so the server checks again.
        reception.setValue(600);
        test(find(Button.class).withText("Save head-counts").single()).click();
        assertThat(reception.isInvalid()).isTrue();
        assertThat(reception.getErrorMessage()).contains("0 to 500");
        assertThat(headcount(id)).as("what was saved stays").isEqualTo(12);
    }

    @Test
    void a_bad_postcode_is_refused_at_the_field() {
        long id = jdbc.queryForObject("select id from practice where ods_code = 'Y90002'", Long.class);
        navigate("my-practice/" + id, Component.class);

        var postcode = find(TextField.class).withCaption("Postcode").single();
        test(postcode).setValue("not a postcode");
        test(find(Button.class).withText("Save contact details").single()).click();

        assertThat(postcode.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage()).contains("UK postcode");
        assertThat(jdbc.queryForObject("select postcode from practice where id = ?", String.class, id))
                .isEqualTo("E9 7PX");
    }

    private int headcount(long id) {
        return jdbc.queryForObject("select reception_admin_headcount from practice where id = ?", Integer.class, id);
    }
}
