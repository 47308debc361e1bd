package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.registrationaudit.RegistrationAnswers.MissingDocument;
import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.TallyCsv;
import org.safesurgeries.portal.shared.ui.BarChart;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
    @SuppressWarnings("unchecked")
    void a_logged_registration_updates_the_figures_in_place_instead_of_drawing_them_again() {
        long practice = idOf("Y90002");
        navigate("tally/" + practice, Component.class);
        CheckboxGroup<MissingDocument> missing = find(CheckboxGroup.class).withCaption("Could not provide").single();
        missing.setValue(Set.of(MissingDocument.PROOF_OF_ADDRESS));
        test(find(Button.class).withText("Log registration").single()).click();
        var figures = find(TallyFigures.class).single();
        List<BarChart> charts = find(BarChart.class, figures).all();
        long logged = loggedThisMonth(figures);

        missing.setValue(Set.of(MissingDocument.PROOF_OF_ADDRESS));
        test(find(Button.class).withText("Log registration").single()).click();

        assertThat(loggedThisMonth(figures)).isEqualTo(logged + 1);
        assertThat(find(BarChart.class, figures).all()).as("the same charts, updated").hasSize(charts.size())
                .allSatisfy(chart -> assertThat(charts).anySatisfy(before -> assertThat(before).isSameAs(chart)));
        assertThat(figures.getElement().getTextRecursively()).contains("No proof of address");
    }

    /** The "Logged" cell of this month's row in the figures' month table. */
    private long loggedThisMonth(TallyFigures figures) {
        String month = DateFormats.MONTH.format(tally.currentMonth());
        var row = find(NativeTableRow.class, figures).all().stream()
                .filter(r -> r.getChildren().findFirst().map(c -> c.getElement().getText().equals(month))
                        .orElse(false))
                .findFirst().orElseThrow();
        return Long.parseLong(row.getChildren().skip(1).findFirst().orElseThrow().getElement().getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_months_figures_are_added_together_after_a_confirmation() {
        long practice = idOf("Y90002");
        navigate("tally/" + practice, Component.class);
        long before = count(practice);
        open("Enter a month's figures");
        var form = find(MonthFiguresForm.class).single();

        test(find(Button.class, form).withText("Add to the tally").single()).click();
        assertThat(find(IntegerField.class, form).single().isInvalid()).as("a count is required").isTrue();
        assertThat(find(ConfirmDialog.class).exists()).isFalse();

        test(find(Button.class, form).withText("Add another combination").single()).click();
        var lines = find(CheckboxGroup.class, form).withCaption("Could not provide").all();
        var counts = find(IntegerField.class, form).all();
        assertThat(lines).hasSize(2);
        lines.get(0).setValue(Set.of(MissingDocument.PROOF_OF_ADDRESS));
        counts.get(0).setValue(6);
        lines.get(1).setValue(Set.of(MissingDocument.PROOF_OF_ADDRESS, MissingDocument.NHS_NUMBER));
        counts.get(1).setValue(3);
        test(find(Button.class, form).withText("Add to the tally").single()).click();

        var confirm = test(find(ConfirmDialog.class).single());
        assertThat(confirm.getHeader()).startsWith("Add 9 registrations to");
        confirm.confirm();
        assertThat(count(practice) - before).isEqualTo(9);
        assertThat(find(IntegerField.class, form).all()).as("a fresh form for the next month").hasSize(1);
    }

    @Test
    void a_file_with_problems_is_listed_by_line_and_column_and_a_clean_one_is_imported() {
        long practice = idOf("Y90002");
        navigate("tally/" + practice, Component.class);
        long before = count(practice);
        open("Import a file");
        String month = tally.currentMonth().toString();

        upload(TallyCsv.HEADER + month + ",permanent,no,yes,no,no,,registered,,5\n"
                + month + ",permanent,no,yes,no,no,zz,registered,,5\n");
        var problems = await().pollInSameThread().until(() -> {
            roundTrip();
            return find(NativeTable.class).withId("tally-import-problems").all();
        }, tables -> !tables.isEmpty()).getFirst();
        assertThat(problems.getElement().getTextRecursively()).contains("3", "interpreter_language");
        assertThat(count(practice)).as("nothing of a file with a problem").isEqualTo(before);

        upload(TallyCsv.HEADER + month + ",permanent,no,yes,no,no,,registered,,5\n"
                + month + ",temporary_resident,no,yes,no,no,ar,pending,,2\n");
        await().pollInSameThread().until(() -> {
            roundTrip();
            return find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
        }, texts -> texts.stream().anyMatch(t -> t.startsWith("Imported 2 rows: 7 registrations added")));
        assertThat(count(practice) - before).isEqualTo(7);
    }

    private void open(String section) {
        find(Details.class).all().stream().filter(d -> d.getSummaryText().equals(section)).findFirst().orElseThrow()
                .setOpened(true);
    }

    private void upload(String csv) {
        test(find(Upload.class).withId("tally-upload").single())
                .upload("tally.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
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
