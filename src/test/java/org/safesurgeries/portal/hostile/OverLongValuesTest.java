package org.safesurgeries.portal.hostile;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safesurgeries.portal.award.AwardFixtures.ADMIN;
import static org.safesurgeries.portal.award.AwardFixtures.MANAGER;

/**
 * A value longer than a field's limit, sent as a crafted request would (the browser itself stops typing at the limit),
 * is refused at the field with words ("At most 32 characters."), not with Vaadin's empty default message, whether the
 * form uses a Binder, checks the field itself or asks in a dialog. Nothing is saved.
 */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
@Transactional
class OverLongValuesTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = MANAGER, roles = "PRACTICE_MANAGER")
    void a_telephone_number_over_32_characters_is_refused_at_the_field_by_the_binder() {
        long practice = practice("Y90001");
        String before = jdbc.queryForObject("select telephone from practice where id = ?", String.class, practice);
        navigate("my-practice/" + practice, Component.class);
        var telephone = find(TextField.class).withCaption("Telephone").single();

        test(telephone).setValue("020 7946 0000 ".repeat(3));
        test(find(Button.class).withText("Save contact details").single()).click();

        assertThat(telephone.isInvalid()).isTrue();
        assertThat(telephone.getErrorMessage()).isEqualTo("At most 32 characters.");
        assertThat(jdbc.queryForObject("select telephone from practice where id = ?", String.class, practice))
                .isEqualTo(before);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void a_training_topic_over_120_characters_is_refused_at_the_field() {
        long topics = jdbc.queryForObject("select count(*) from training_topic", Long.class);
        navigate("admin/training-topics", Component.class);
        var name = find(TextField.class).withCaption("New topic").single();

        test(name).setValue("Working with interpreters ".repeat(5));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("At most 120 characters.");
        assertThat(jdbc.queryForObject("select count(*) from training_topic", Long.class)).isEqualTo(topics);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void a_withdrawal_reason_over_500_characters_is_refused_in_its_dialog() {
        long practice = practice("Y90003");
        navigate("declaration/" + practice, Component.class);
        test(find(Button.class).withText("Withdraw the declaration…").single()).click();
        var dialog = find(Dialog.class).single();
        var reason = find(TextArea.class, dialog).single();

        test(reason).setValue("We are merging with another practice. ".repeat(14));
        test(find(Button.class, dialog).withText("Withdraw").single()).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("At most 500 characters.");
        assertThat(dialog.isOpened()).as("the dialog stays open with what was typed").isTrue();
        assertThat(reason.getValue()).startsWith("We are merging");
        assertThat(jdbc.queryForObject("select count(*) from declaration where practice_id = ? and status = "
                + "'WITHDRAWN' and withdrawal_reason like 'We are merging%'", Long.class, practice)).isZero();
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void guidance_over_2000_characters_says_so_with_a_thousands_separator() {
        navigate("admin/award-criteria", Component.class);
        var guidance = find(TextArea.class).withCaption("Guidance for applicants").first();

        test(guidance).setValue("Tell us how staff learn about seeking sanctuary. ".repeat(41));
        test(find(Button.class).all().stream().filter(b -> b.getText().startsWith("Publish version")).findFirst()
                .orElseThrow()).click();

        assertThat(guidance.isInvalid()).isTrue();
        assertThat(guidance.getErrorMessage()).isEqualTo("At most 2,000 characters.");
    }

    private long practice(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }
}
