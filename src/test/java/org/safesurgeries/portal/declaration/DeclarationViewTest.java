package org.safesurgeries.portal.declaration;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.declaration.DeclarationChoices.ItemStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo manager's Y90001 was declared 13 months ago; Y90003 belongs to someone else. */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
@WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
class DeclarationViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_practice_manager_cannot_open_another_practices_declaration() {
        navigate("declaration/" + idOf("Y90003"), Component.class);
        assertThat(paragraphs()).contains("You do not have access to this practice.");
        assertThat(find(RadioButtonGroup.class).exists()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_form_says_what_blocks_declaring_and_refuses_patient_data_without_saving_it() {
        long practice = idOf("Y90001");
        navigate("declaration/" + practice, Component.class);
        assertThat(paragraphs()).anyMatch(p -> p.contains("It has been a year"));
        test(find(Button.class).withText("Something changed: edit").single()).click();

        RadioButtonGroup<ItemStatus> first = find(RadioButtonGroup.class).withCaption("Status").first();
        first.setValue(ItemStatus.NOT_YET);
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .anyMatch(t -> t.startsWith("Step 1 (No refusal for lack of proof of address) must be in place"));
        assertThat(find(Button.class).withText("Sign and declare").single().isEnabled()).isFalse();

        var note = find(TextArea.class).withCaption("How the practice does this (optional)").first();
        test(note).setValue("We registered NHS 943 476 5919 with the practice address");
        test(find(Button.class).withText("Save draft").single()).click();

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).contains("NHS number");
        assertThat(jdbc.queryForObject("""
                select count(*) from declaration_item i join declaration d on d.id = i.declaration_id
                where d.practice_id = ? and i.note like '%943%'""", Integer.class, practice)).isZero();
    }

    private long idOf(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }

    private java.util.List<String> paragraphs() {
        return find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
