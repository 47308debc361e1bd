package org.safesurgeries.portal.hostile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.declaration.ChecklistAnswer;
import org.safesurgeries.portal.declaration.DeclarationChoices.InterpreterAccess;
import org.safesurgeries.portal.declaration.DeclarationChoices.ItemStatus;
import org.safesurgeries.portal.declaration.DeclarationChoices.RegistrationRoute;
import org.safesurgeries.portal.declaration.DeclarationContent;
import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.declaration.SafeSurgeryStep;
import org.safesurgeries.portal.practice.PracticeDetails.ContactDetails;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Channel;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Scenario;
import org.safesurgeries.portal.registrationaudit.CheckReport;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.EmailAddress;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.shared.HostileInputs;
import org.safesurgeries.portal.shared.HostileOutcomes;
import org.safesurgeries.portal.shared.HostileOutcomes.Field;
import org.safesurgeries.portal.shared.HostileOutcomes.Result;
import org.safesurgeries.portal.shared.LanguageCode;
import org.safesurgeries.portal.training.SessionDetails;
import org.safesurgeries.portal.training.SessionDetails.Attendance;
import org.safesurgeries.portal.training.SessionDetails.NamedAttendee;
import org.safesurgeries.portal.training.TrainingAnswers.SessionFormat;
import org.safesurgeries.portal.training.TrainingAnswers.Source;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.safesurgeries.portal.award.AwardFixtures.ADMIN;
import static org.safesurgeries.portal.award.AwardFixtures.TRAINER;
import static org.safesurgeries.portal.award.AwardFixtures.as;

/**
 * Every hostile value typed into the free-text and name fields of practices, people, training, mystery-shopper
 * checks and declarations, through the services (the second line of defence, which a crafted request reaches even
 * when a view would have stopped it). Each try runs in a transaction that is rolled back, so the shared demo data is
 * left as it was.
 */
@PortalTest
class HostileTextFieldsTest {

    private static final HostileOutcomes OUTCOMES = new HostileOutcomes("service fields (practices, people, "
            + "training, checks, declarations)");
    @RegisterExtension
    static final HostileSweep SWEEP = new HostileSweep(OUTCOMES);
    private static final AtomicInteger NEXT_EMAIL = new AtomicInteger();

    @Autowired PracticeService practices;
    @Autowired AccountService accounts;
    @Autowired TrainingRecords training;
    @Autowired MysteryShopping checks;
    @Autowired DeclarationService declarations;
    @Autowired JdbcTemplate jdbc;

    @Test
    void practice_contact_details() {
        long practice = practice("Y90002");
        contact("address line 1", Field.ONE_LINE, practice, v -> new ContactDetails(v, null, null, "Hackney", null,
                "E9 7PX", null), "address_line1");
        contact("town", Field.ONE_LINE, practice, v -> new ContactDetails("1 Mare Street", null, null, v, null,
                "E9 7PX", null), "town");
        contact("postcode", Field.FORMATTED, practice, v -> new ContactDetails("1 Mare Street", null, null,
                "Hackney", null, v, null), "postcode");
        contact("telephone", Field.FORMATTED, practice, v -> new ContactDetails("1 Mare Street", null, null,
                "Hackney", null, "E9 7PX", v), "telephone");
    }

    private void contact(String input, Field field, long practice, Function<String, ContactDetails> details,
                         String column) {
        sweep(input, field, value -> as(ADMIN, "ADMIN", () -> SWEEP.rolledBack().attempt(
                () -> practices.changeContact(practice, practices.get(practice).version(), details.apply(value)),
                changed -> jdbc.queryForObject("select " + column + " from practice where id = ?", String.class,
                        practice))));
    }

    @Test
    void names_and_emails_in_invitations() {
        sweep("invitation name", Field.ONE_LINE, value -> as(ADMIN, "ADMIN", () -> SWEEP.rolledBack().attempt(
                () -> accounts.invite(nextEmail(), value, Set.of(Role.TRAINER), Set.of()),
                invited -> jdbc.queryForObject("select display_name from user_account where id = ?", String.class,
                        invited.id()))));
        sweep("invitation email", Field.FORMATTED, value -> as(ADMIN, "ADMIN", () -> SWEEP.rolledBack().attempt(
                () -> accounts.invite(value, "Hostile Input", Set.of(Role.TRAINER), Set.of()),
                invited -> jdbc.queryForObject("select email from user_account where id = ?", String.class,
                        invited.id()))));
    }

    @Test
    void training_session_notes_attendee_names_and_topics() {
        long practice = practice("Y90013");
        sweep("training session notes", Field.FREE_TEXT, value -> as(TRAINER, "TRAINER", () -> SWEEP.rolledBack().attempt(
                () -> training.record(session(practice, List.of(), value)),
                session -> jdbc.queryForObject("select notes from training_session where id = ?", String.class,
                        session.id()))));
        sweep("training attendee name", Field.ONE_LINE, value -> as(TRAINER, "TRAINER", () -> SWEEP.rolledBack().attempt(
                () -> training.record(session(practice, List.of(new NamedAttendee(practice, value,
                        StaffRole.RECEPTION_ADMIN, EmailAddress.parse("attendee@practice.example"))), null)),
                session -> jdbc.queryForObject("select name from training_attendee where session_id = ?",
                        String.class, session.id()))));
        sweep("training topic name", Field.ONE_LINE, value -> as(ADMIN, "ADMIN", () -> SWEEP.rolledBack().attempt(
                () -> training.addTopic(value),
                topic -> jdbc.queryForObject("select name from training_topic where id = ?", String.class,
                        topic.id()))));
    }

    private SessionDetails session(long practice, List<NamedAttendee> attendees, String notes) {
        long topic = training.topics().getFirst().id();
        return new SessionDetails(LocalDate.now().minusDays(1), SessionFormat.ONLINE, Source.DOTW_TRAINER, 60,
                Set.of(topic), List.of(new Attendance(practice, StaffRole.RECEPTION_ADMIN, 3)), attendees, notes);
    }

    @Test
    void mystery_shopper_check_notes_and_the_practices_response() {
        long practice = practice("Y90012");
        sweep("mystery-shopper check notes", Field.FREE_TEXT, value -> as(TRAINER, "TRAINER",
                () -> SWEEP.rolledBack().attempt(() -> checks.record(practice, report(value)),
                        check -> jdbc.queryForObject("select notes from mystery_shopper_check where id = ?",
                                String.class, check.id()))));
        SWEEP.rolledBack().transaction(() -> {
            long check = as(TRAINER, "TRAINER", () -> checks.record(practice, report(null))).id();
            sweep("mystery-shopper practice response", Field.FREE_TEXT, value -> as(ADMIN, "ADMIN",
                    () -> SWEEP.rolledBack().attempt(() -> {
                        checks.respond(check, value);
                        return check;
                    }, id -> jdbc.queryForObject("select practice_response from mystery_shopper_check where id = ?",
                            String.class, id))));
        });
    }

    private static CheckReport report(String notes) {
        return new CheckReport(LocalDate.now(), Channel.PHONE, Set.of(Scenario.NO_PHOTO_ID),
                CheckOutcome.WOULD_REGISTER, notes);
    }

    @Test
    void declaration_notes_signatory_and_withdrawal_reason() {
        long undeclared = practice("Y90002");
        SWEEP.rolledBack().transaction(() -> {
            long draft = as(ADMIN, "ADMIN", () -> declarations.openDraft(undeclared)).entityVersion();
            sweep("declaration step note", Field.FREE_TEXT, value -> as(ADMIN, "ADMIN", () -> SWEEP.rolledBack().attempt(
                    () -> declarations.saveDraft(undeclared, draft, complete(a -> a.step().number() == 1
                            ? new ChecklistAnswer(a.step(), ItemStatus.IN_PLACE, null, value) : a)),
                    saved -> jdbc.queryForObject("select note from declaration_item where declaration_id = ? and "
                            + "step = 1", String.class, saved.id()))));
        });
        SWEEP.rolledBack().transaction(() -> {
            long ready = as(ADMIN, "ADMIN", () -> declarations.saveDraft(undeclared,
                    declarations.openDraft(undeclared).entityVersion(), complete(UnaryOperator.identity())))
                    .entityVersion();
            sweep("declaration signatory name", Field.ONE_LINE, value -> as(ADMIN, "ADMIN", () -> SWEEP.rolledBack().attempt(
                    () -> declarations.sign(undeclared, ready, value, "Practice Manager"),
                    signed -> jdbc.queryForObject("select signatory_name from declaration where id = ?",
                            String.class, signed.id()))));
            sweep("declaration signatory role", Field.ONE_LINE, value -> as(ADMIN, "ADMIN", () -> SWEEP.rolledBack().attempt(
                    () -> declarations.sign(undeclared, ready, "Priya Patel", value),
                    signed -> jdbc.queryForObject("select signatory_role from declaration where id = ?",
                            String.class, signed.id()))));
        });
        long declared = practice("Y90003");
        sweep("declaration withdrawal reason", Field.FREE_TEXT, value -> as(ADMIN, "ADMIN", () -> SWEEP.rolledBack().attempt(
                () -> {
                    declarations.withdraw(declared, value);
                    return declared;
                }, id -> jdbc.queryForObject("select withdrawal_reason from declaration where practice_id = ? and "
                        + "status = 'WITHDRAWN' order by id desc limit 1", String.class, id))));
    }

    private static DeclarationContent complete(UnaryOperator<ChecklistAnswer> change) {
        return new DeclarationContent(Arrays.stream(SafeSurgeryStep.values())
                .map(s -> change.apply(new ChecklistAnswer(s, ItemStatus.IN_PLACE, null, null))).toList(),
                Set.of(LanguageCode.parse("ar")), InterpreterAccess.BOTH, true, Set.of(RegistrationRoute.WALK_IN));
    }

    /** Feeds every value to the input, each in a transaction rolled back afterwards, and judges what it did. */
    private void sweep(String input, Field field, Function<String, Result> attempt) {
        SWEEP.swept(input);
        SWEEP.rolledBack().transaction(() -> {
            for (var value : HostileInputs.all()) {
                OUTCOMES.judge(input, field, value, attempt.apply(value.value()));
            }
        });
    }

    private static String nextEmail() {
        return "hostile-" + NEXT_EMAIL.incrementAndGet() + "@practice.example";
    }

    private long practice(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }
}
