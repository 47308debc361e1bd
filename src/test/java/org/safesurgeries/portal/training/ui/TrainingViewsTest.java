package org.safesurgeries.portal.training.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.security.EmailAddress;
import org.safesurgeries.portal.security.PracticeChoices;
import org.safesurgeries.portal.security.PracticeChoices.PracticeChoice;
import org.safesurgeries.portal.training.SessionDetails;
import org.safesurgeries.portal.training.SessionDetails.Attendance;
import org.safesurgeries.portal.training.SessionDetails.NamedAttendee;
import org.safesurgeries.portal.training.TrainingAnswers.SessionFormat;
import org.safesurgeries.portal.training.TrainingAnswers.Source;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingRecords.SessionRecord;
import org.safesurgeries.portal.training.TrainingRecords.Topic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.ClassUtils;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
class TrainingViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PracticeChoices practices;

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    void a_trainer_records_a_session_and_a_second_one_that_day_asks_first() {
        long practice = idOf("Y90013");
        int before = sessions(practice);
        fillSession(practice, LocalDate.now().minusDays(1), 4);
        test(find(Button.class).withText("Record session").single()).click();
        assertThat(viewName()).isEqualTo("TrainingView");
        assertThat(sessions(practice)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select a.attended from training_attendance a join training_session s on"
                + " s.id = a.session_id where a.practice_id = ? and a.staff_role = 'RECEPTION_ADMIN'"
                + " order by s.id desc limit 1", Integer.class, practice)).isEqualTo(4);

        fillSession(practice, LocalDate.now().minusDays(1), 2);
        test(find(Button.class).withText("Record session").single()).click();
        var dialog = test(find(ConfirmDialog.class).single());
        assertThat(dialog.getHeader()).isEqualTo("This may already be recorded");
        dialog.cancel();
        assertThat(sessions(practice)).as("nothing until the trainer confirms").isEqualTo(before + 1);
    }

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    void a_session_in_the_future_or_with_an_nhs_number_in_its_notes_is_not_saved() {
        long practice = idOf("Y90012");
        int before = sessions(practice);
        fillSession(practice, LocalDate.now().plusDays(2), 3);
        test(find(Button.class).withText("Record session").single()).click();
        assertThat(sessions(practice)).isEqualTo(before);

        fillSession(practice, LocalDate.now(), 3);
        var notes = find(TextArea.class).withCaption("Notes (optional)").single();
        test(notes).setValue("A patient, NHS 943 476 5919, was mentioned");
        test(find(Button.class).withText("Record session").single()).click();
        assertThat(notes.isInvalid()).isTrue();
        assertThat(notes.getErrorMessage()).contains("NHS number");
        assertThat(sessions(practice)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void a_practice_manager_sees_coverage_against_the_headcount_and_only_their_own_practice() {
        navigate("training/practice/" + idOf("Y90001"), Component.class);
        assertThat(find(ListItem.class).all()).extracting(li -> li.getElement().getTextRecursively())
                .anyMatch(t -> t.startsWith("Reception and admin: ") && t.contains(" of "))
                .anyMatch(t -> t.startsWith("Clinical: "));

        navigate("training/practice/" + idOf("Y90003"), Component.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("You do not have access to this practice.");
        navigate("training", Component.class);
        assertThat(viewName()).isNotEqualTo("TrainingView");
        navigate("admin/training-topics", Component.class);
        assertThat(viewName()).isNotEqualTo("TrainingTopicsView");
    }

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    void a_trainer_sees_the_dashboard_and_cannot_open_a_practices_coverage_or_the_topics() {
        navigate("training", Component.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.endsWith("practices reached"));
        navigate("training/practice/" + idOf("Y90001"), Component.class);
        assertThat(viewName()).isNotEqualTo("PracticeTrainingView");
        navigate("admin/training-topics", Component.class);
        assertThat(viewName()).isNotEqualTo("TrainingTopicsView");
    }

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    void a_session_opens_for_editing_until_it_is_locked() {
        long practice = idOf("Y90011");
        fillSession(practice, LocalDate.now().minusDays(3), 2);
        test(find(Button.class).withText("Record session").single()).click();
        long session = jdbc.queryForObject("select max(session_id) from training_attendance where practice_id = ?",
                Long.class, practice);

        navigate("training/session/" + session, Component.class);
        test(find(IntegerField.class).withCaption("Reception and admin").single()).setValue(5);
        test(find(Button.class).withText("Save changes").single()).click();
        assertThat(jdbc.queryForObject("select attended from training_attendance where session_id = ? and"
                + " staff_role = 'RECEPTION_ADMIN'", Integer.class, session)).isEqualTo(5);

        jdbc.update("update training_session set created_at = date_sub(created_at, interval 31 day) where id = ?",
                session);
        navigate("training/session/" + session, Component.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("This session was recorded more than 30 days ago, so it is locked.");
        assertThat(find(Button.class).withText("Save changes").all()).allMatch(b -> !b.isVisible());
    }

    @Test
    void the_csv_export_has_one_row_per_practice_and_no_attendee_names() {
        var choice = new PracticeChoice(7, "Y90007", "Riverside Surgery");
        var details = new SessionDetails(LocalDate.of(2026, 10, 1),
                SessionFormat.ONLINE,
                Source.DOTW_TRAINER, 60, Set.of(1L),
                List.of(new Attendance(7,
                        StaffRole.CLINICAL, 4)),
                List.of(new NamedAttendee(7, "Sam Reed",
                        StaffRole.CLINICAL,
                        EmailAddress.parse("sam@practice.nhs.uk"))), null);
        var record = new SessionRecord(1, details, "t", null, false,
                true, 0, List.of(choice), List.of("Working with interpreters"));
        assertThat(TrainingView.csv(List.of(record)).lines().toList()).containsExactly(
                "\"date\",\"delivered_by\",\"format\",\"minutes\",\"practice_ods_code\",\"practice\",\"topics\","
                        + "\"reception_admin\",\"clinical\",\"practice_manager\",\"other\"",
                "\"2026-10-01\",\"Doctors of the World trainer\",\"Online\",\"60\",\"Y90007\",\"Riverside Surgery\","
                        + "\"Working with interpreters\",\"0\",\"4\",\"0\",\"0\"");
    }

    @SuppressWarnings("unchecked")
    private void fillSession(long practice, LocalDate on, int reception) {
        navigate("training/session", Component.class);
        find(DatePicker.class).withCaption("Date of the session").single().setValue(on);
        CheckboxGroup<Topic> topics = find(CheckboxGroup.class).withCaption("Topics").single();
        topics.setValue(Set.of(topics.getListDataView().getItems().findFirst().orElseThrow()));
        MultiSelectComboBox<PracticeChoice> chosen = find(MultiSelectComboBox.class).withCaption("Practices").single();
        chosen.setValue(Set.copyOf(practices.byIds(List.of(practice))));
        test(find(IntegerField.class).withCaption("Reception and admin").single()).setValue(reception);
    }

    private int sessions(long practice) {
        return jdbc.queryForObject("select count(distinct session_id) from training_attendance where practice_id = ?",
                Integer.class, practice);
    }

    private long idOf(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }

    private String viewName() {
        return ClassUtils.getUserClass(getCurrentView().getClass()).getSimpleName();
    }
}
