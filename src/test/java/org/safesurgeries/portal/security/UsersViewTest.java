package org.safesurgeries.portal.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
@WithMockUser(username = "admin@demo.safesurgery.example", roles = "ADMIN")
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_invites_a_trainer_and_the_invitation_waits_in_the_outbox() {
        navigate("admin/users", Component.class);
        test(find(Button.class).withText("Invite someone").single()).click();

        String email = AccountServiceTest.unique("ui-invitee");
        test(find(TextField.class).withCaption("Name").single()).setValue("Ui Invitee");
        test(find(EmailField.class).withCaption("Work email").single()).setValue(email);
        CheckboxGroup<Role> roles = find(CheckboxGroup.class).withCaption("Roles").single();
        roles.setValue(Set.of(Role.TRAINER));
        test(find(Button.class).withText("Send invitation").single()).click();

        assertThat(jdbc.queryForObject("select count(*) from outbox_email where recipient = ? and kind = 'INVITATION'",
                Integer.class, email)).isOne();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_bad_email_is_refused_with_a_message_and_nothing_is_stored() {
        navigate("admin/users", Component.class);
        test(find(Button.class).withText("Invite someone").single()).click();
        test(find(TextField.class).withCaption("Name").single()).setValue("No Email");
        test(find(EmailField.class).withCaption("Work email").single()).setValue("not-an-email");
        CheckboxGroup<Role> roles = find(CheckboxGroup.class).withCaption("Roles").single();
        roles.setValue(Set.of(Role.TRAINER));
        test(find(Button.class).withText("Send invitation").single()).click();

        assertThat(find(Button.class).withText("Send invitation").exists()).as("the dialog stays open").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from user_account where display_name = 'No Email'",
                Integer.class)).isZero();
    }
}
