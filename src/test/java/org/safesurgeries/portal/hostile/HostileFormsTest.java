package org.safesurgeries.portal.hostile;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.award.AssessmentService;
import org.safesurgeries.portal.award.AwardApplicationService;
import org.safesurgeries.portal.award.AwardFixtures;
import org.safesurgeries.portal.award.AwardReviewService;
import org.safesurgeries.portal.award.EvidenceService;
import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Scenario;
import org.safesurgeries.portal.security.PracticeChoices;
import org.safesurgeries.portal.security.PracticeChoices.PracticeChoice;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.shared.HostileInputs.HostileInput;
import org.safesurgeries.portal.shared.HostileOutcomes;
import org.safesurgeries.portal.shared.HostileOutcomes.Field;
import org.safesurgeries.portal.shared.HostileOutcomes.Result;
import org.safesurgeries.portal.training.TrainingRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.safesurgeries.portal.award.AwardFixtures.ADMIN;
import static org.safesurgeries.portal.award.AwardFixtures.MANAGER;
import static org.safesurgeries.portal.award.AwardFixtures.TRAINER;

/**
 * The main forms, driven as a person would in a browserless UI, with every hostile value: the form refuses it with a
 * message (at the field or in a notification) and stores nothing, or stores it exactly and shows it back as text,
 * never as markup. Each value is tried in a transaction that is rolled back, so the demo data stays as it was. The
 * assessment, decision and criteria forms are in {@link HostileAwardFormsTest}, the withdrawal, check response and
 * new topic in {@link HostileShortFormsTest}.
 */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
class HostileFormsTest extends BrowserlessFormSweep {

    private static final HostileOutcomes OUTCOMES = new HostileOutcomes("forms in the browserless UI");
    @RegisterExtension
    static final HostileSweep SWEEP = new HostileSweep(OUTCOMES);
    private static final AtomicInteger NEXT_EMAIL = new AtomicInteger();

    @Override
    HostileSweep hostileSweep() {
        return SWEEP;
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired PracticeChoices practiceChoices;
    @Autowired AwardApplicationService applications;
    @Autowired EvidenceService evidence;
    @Autowired AwardReviewService reviews;
    @Autowired AssessmentService assessments;
    @Autowired PracticeService practices;
    @Autowired TrainingRecords training;
    @Autowired MysteryShopping checks;
    @Autowired DeclarationService declarations;

    FormFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FormFixtures(new AwardFixtures(applications, evidence, reviews, assessments, practices,
                training, checks, jdbc), applications, declarations, jdbc);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void the_award_narrative_saved_as_it_is_typed() {
        sweep("award narrative (application page)", Field.FREE_TEXT, value -> {
            var application = fixtures.draftApplication("Y90007");
            String page = "award/application/" + application.id();
            navigate(page, Component.class);
            var narrative = find(TextArea.class).withCaption("What your practice does").first();
            test(narrative).setValue(value.value());
            return outcome(value, narrative, () -> fixtures.one("select narrative from award_response where "
                    + "application_id = ?", application.id()), page);
        });
    }

    @Test
    @WithMockUser(username = TRAINER, roles = "TRAINER")
    void a_training_sessions_notes_and_named_attendee() {
        long practice = fixtures.practice("Y90011");
        sweep("training session notes (session form)", Field.FREE_TEXT, value -> {
            long before = fixtures.newestSession(practice);
            fillSession(practice);
            var notes = find(TextArea.class).withCaption("Notes (optional)").single();
            test(notes).setValue(value.value());
            test(find(Button.class).withText("Record session").single()).click();
            return sessionOutcome(value, notes, practice, before, "select notes from training_session where id = ?");
        });
        sweep("training attendee name (session form)", Field.ONE_LINE, value -> {
            long before = fixtures.newestSession(practice);
            fillSession(practice);
            test(find(Button.class).withText("Add a named attendee").single()).click();
            var name = find(TextField.class).withCaption("Name").single();
            test(name).setValue(value.value());
            test(find(EmailField.class).withCaption("Work email").single()).setValue("attendee@practice.example");
            test(find(Button.class).withText("Record session").single()).click();
            return sessionOutcome(value, name, practice, before,
                    "select name from training_attendee where session_id = ?");
        });
    }

    @SuppressWarnings("unchecked")
    private void fillSession(long practice) {
        navigate("training/session", Component.class);
        CheckboxGroup<?> topics = find(CheckboxGroup.class).withCaption("Topics").single();
        ((CheckboxGroup<Object>) topics).setValue(Set.of(topics.getListDataView().getItems().findFirst().orElseThrow()));
        find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).withCaption("Practices").single()
                .setValue(Set.copyOf(practiceChoices.byIds(List.of(practice))));
        test(find(com.vaadin.flow.component.textfield.IntegerField.class).withCaption("Reception and admin").single())
                .setValue(2);
    }

    private Result sessionOutcome(HostileInput value, HasValidation field, long practice, long before, String read) {
        long session = fixtures.newestSession(practice);
        return outcome(value, field, () -> session == before ? null : fixtures.one(read, session),
                "training/session/" + session);
    }

    @Test
    @WithMockUser(username = TRAINER, roles = "TRAINER")
    @SuppressWarnings("unchecked")
    void a_mystery_shopper_checks_notes() {
        long practice = fixtures.practice("Y90012");
        sweep("mystery-shopper check notes (record form)", Field.FREE_TEXT, value -> {
            long before = fixtures.newestCheck(practice);
            navigate("checks", Component.class);
            ComboBox<PracticeChoice> choice = find(ComboBox.class).withCaption("Practice").single();
            choice.setValue(practiceChoices.byIds(List.of(practice)).getFirst());
            find(CheckboxGroup.class).withCaption("The test persona (never a real person)").single()
                    .setValue(Set.of(Scenario.NO_PHOTO_ID));
            find(RadioButtonGroup.class).withCaption("Outcome").single().setValue(CheckOutcome.WOULD_REGISTER);
            var notes = find(TextArea.class).withCaption("Notes (optional)").single();
            test(notes).setValue(value.value());
            test(find(Button.class).withText("Record check").single()).click();
            long check = fixtures.newestCheck(practice);
            return outcome(value, notes, () -> check == before ? null
                    : fixtures.one("select notes from mystery_shopper_check where id = ?", check),
                    "checks/practice/" + practice);
        });
    }

    @Test
    @WithMockUser(username = MANAGER, roles = "PRACTICE_MANAGER")
    void a_declarations_step_note_and_signatory() {
        long practice = fixtures.practice("Y90002");
        String page = "declaration/" + practice;
        sweep("declaration step note (declaration form)", Field.FREE_TEXT, value -> {
            long draft = fixtures.completeDraft(practice);
            navigate(page, Component.class);
            var note = find(TextArea.class).withCaption("How the practice does this (optional)").first();
            test(note).setValue(value.value());
            test(find(Button.class).withText("Save draft").single()).click();
            return outcome(value, note, () -> fixtures.one("select note from declaration_item where declaration_id = ? "
                    + "and step = 1", draft), page);
        });
        sweep("declaration signatory name (declaration form)", Field.ONE_LINE, value -> {
            long draft = fixtures.completeDraft(practice);
            navigate(page, Component.class);
            var name = find(TextField.class).withCaption("Your full name").single();
            test(name).setValue(value.value());
            test(find(TextField.class).withCaption("Your role at the practice").single()).setValue("Practice Manager");
            test(find(Button.class).withText("Sign and declare").single()).click();
            return outcome(value, name, () -> fixtures.one("select signatory_name from declaration where id = ? and "
                    + "status = 'DECLARED'", draft), page);
        });
    }

    @Test
    @WithMockUser(username = MANAGER, roles = "PRACTICE_MANAGER")
    void a_practices_address_and_telephone() {
        long practice = fixtures.practice("Y90001");
        String page = "my-practice/" + practice;
        for (var column : List.of(new String[] {"Address line 1", "address_line1"},
                new String[] {"Telephone", "telephone"})) {
            sweep("practice " + column[0].toLowerCase() + " (contact form)", column[1].equals("telephone")
                    ? Field.FORMATTED : Field.ONE_LINE, value -> {
                String before = fixtures.one("select " + column[1] + " from practice where id = ?", practice);
                navigate(page, Component.class);
                var field = find(TextField.class).withCaption(column[0]).single();
                test(field).setValue(value.value());
                test(find(Button.class).withText("Save contact details").single()).click();
                String after = fixtures.one("select " + column[1] + " from practice where id = ?", practice);
                return outcome(value, field, () -> java.util.Objects.equals(after, before) ? null : after, page);
            });
        }
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void a_name_in_an_invitation_and_the_email_it_sends() {
        sweep("invitation name (invite dialog)", Field.ONE_LINE, value -> {
            String email = "hostile-form-" + NEXT_EMAIL.incrementAndGet() + "@practice.example";
            navigate("admin/users", Component.class);
            test(find(Button.class).withText("Invite someone").single()).click();
            var name = find(TextField.class).withCaption("Name").single();
            test(name).setValue(value.value());
            test(find(EmailField.class).withCaption("Work email").single()).setValue(email);
            find(CheckboxGroup.class).withCaption("Roles").single().setValue(Set.of(Role.TRAINER));
            test(find(Button.class).withText("Send invitation").single()).click();
            String stored = fixtures.one("select display_name from user_account where email = ?", email);
            if (stored != null) {
                String html = fixtures.one("select body_html from outbox_email where recipient = ?", email);
                if (!html.contains("Hello " + HtmlUtils.htmlEscape(stored) + ",")) {
                    return Result.crashed(new AssertionError("the name is not escaped in the email: " + html));
                }
            }
            find(Dialog.class).all().forEach(Dialog::close);
            return outcome(value, name, () -> stored, null);
        });
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void the_reason_for_suspending_a_certificate() {
        sweep("certificate suspension reason (reason dialog)", Field.FREE_TEXT, value -> {
            navigate("certificates", Component.class);
            test(find(TextField.class).withId("certificate-search").single()).setValue("SAFE-SVRG-ERY2-69");
            Grid<?> grid = find(Grid.class).single();
            var suspend = test(grid).getCellComponent(0, 5).getChildren()
                    .filter(c -> c.getId().orElse("").startsWith("suspend-")).findFirst().orElseThrow();
            test((Button) suspend).click();
            var dialog = find(Dialog.class).single();
            var reason = find(TextArea.class, dialog).single();
            test(reason).setValue(value.value());
            test(find(Button.class, dialog).withText("Suspend").single()).click();
            find(Dialog.class).all().forEach(Dialog::close);
            return outcome(value, reason, () -> fixtures.one("select status_reason from certificate where code = "
                    + "'SAFESVRGERY269' and status = 'SUSPENDED'"), null);
        });
    }
}
