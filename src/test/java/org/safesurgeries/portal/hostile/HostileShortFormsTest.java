package org.safesurgeries.portal.hostile;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Channel;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Scenario;
import org.safesurgeries.portal.registrationaudit.CheckReport;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.shared.HostileOutcomes;
import org.safesurgeries.portal.shared.HostileOutcomes.Field;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.Set;

import static org.safesurgeries.portal.award.AwardFixtures.ADMIN;
import static org.safesurgeries.portal.award.AwardFixtures.MANAGER;
import static org.safesurgeries.portal.award.AwardFixtures.TRAINER;
import static org.safesurgeries.portal.award.AwardFixtures.as;

/**
 * The forms of one field and a button, driven in a browserless UI with every hostile value: the reason for
 * withdrawing a declaration (in its dialog), a practice's response to a mystery-shopper check, and a new
 * training topic. Each value is tried under a savepoint rolled back after it, inside a transaction rolled back too.
 */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
class HostileShortFormsTest extends BrowserlessFormSweep {

    private static final HostileOutcomes OUTCOMES = new HostileOutcomes("short forms in the browserless UI");
    @RegisterExtension
    static final HostileSweep SWEEP = new HostileSweep(OUTCOMES);

    @Override
    HostileSweep hostileSweep() {
        return SWEEP;
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired MysteryShopping checks;

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void the_reason_for_withdrawing_a_declaration() {
        long practice = practice("Y90003");
        String page = "declaration/" + practice;
        SWEEP.rolledBack().transaction(() -> sweepEach("declaration withdrawal reason (withdraw dialog)",
                Field.FREE_TEXT, value -> {
                    navigate(page, Component.class);
                    test(find(Button.class).withText("Withdraw the declaration…").single()).click();
                    var dialog = find(Dialog.class).single();
                    var reason = find(TextArea.class, dialog).single();
                    test(reason).setValue(value.value());
                    test(find(Button.class, dialog).withText("Withdraw").single()).click();
                    return outcome(value, reason, () -> one("select withdrawal_reason from declaration where "
                            + "practice_id = ? and status = 'WITHDRAWN' order by id desc limit 1", practice), page);
                }));
    }

    @Test
    @WithMockUser(username = MANAGER, roles = "PRACTICE_MANAGER")
    void a_practices_response_to_a_check() {
        long practice = practice("Y90001");
        String page = "checks/practice/" + practice;
        SWEEP.rolledBack().transaction(() -> {
            long check = as(TRAINER, "TRAINER", () -> checks.record(practice, new CheckReport(LocalDate.now(),
                    Channel.PHONE, Set.of(Scenario.NO_PHOTO_ID), CheckOutcome.REFUSED, null))).id();
            sweepEach("mystery-shopper practice response (checks page)", Field.FREE_TEXT, value -> {
                navigate(page, Component.class);
                // Checks are listed newest first: the one just recorded has the first response field.
                var response = find(TextArea.class).withCaption("Your response").first();
                test(response).setValue(value.value());
                test(find(Button.class).withText("Send response").first()).click();
                return outcome(value, response, () -> one("select practice_response from mystery_shopper_check "
                        + "where id = ?", check), page);
            });
        });
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void a_new_training_topic() {
        long newest = jdbc.queryForObject("select coalesce(max(id), 0) from training_topic", Long.class);
        String page = "admin/training-topics";
        SWEEP.rolledBack().transaction(() -> sweepEach("training topic name (topics page)", Field.ONE_LINE,
                value -> {
                    navigate(page, Component.class);
                    var name = find(TextField.class).withCaption("New topic").single();
                    test(name).setValue(value.value());
                    test(find(Button.class).withText("Add topic").single()).click();
                    return outcome(value, name, () -> one("select name from training_topic where id > ?", newest),
                            page);
                }));
    }

    private long practice(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }

    /** The first column of the first row, or null when there is none. */
    private String one(String sql, Object... args) {
        var rows = jdbc.queryForList(sql, String.class, args);
        return rows.isEmpty() ? null : rows.getFirst();
    }
}
