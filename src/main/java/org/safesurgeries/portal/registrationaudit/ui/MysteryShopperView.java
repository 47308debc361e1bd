package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Channel;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Scenario;
import org.safesurgeries.portal.registrationaudit.CheckReport;
import org.safesurgeries.portal.registrationaudit.CheckStatistics;
import org.safesurgeries.portal.registrationaudit.CheckStatistics.PassRate;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.PracticeChoices;
import org.safesurgeries.portal.security.PracticeChoices.PracticeChoice;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.TypedText;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.shared.ui.BarChart;
import org.safesurgeries.portal.shared.ui.Card;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.safesurgeries.portal.shared.ui.FieldLimits;
import org.safesurgeries.portal.shared.ui.LineChart;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Trainers record mystery-shopper checks; trainers and reviewers see which practices need follow-up and how checks
 * went: checks per month, and pass rates by month, region and channel.
 */
@Route("checks")
@PageTitle("Mystery-shopper checks · Safe Surgery portal")
@Menu(title = "Mystery-shopper checks", order = 22, icon = "vaadin:phone")
@RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
class MysteryShopperView extends Div {

    private final MysteryShopping shopping;
    private static final int DASHBOARD_MONTHS = 12;

    private final CheckStatistics statistics;
    private final Div followUp = new Div();
    private final Div dashboard = new Div();

    MysteryShopperView(MysteryShopping shopping, CheckStatistics statistics, PracticeChoices practices,
                       CurrentUser currentUser) {
        this.shopping = shopping;
        this.statistics = statistics;
        addClassName("portal-page");
        add(new H1("Mystery-shopper checks"));
        var user = currentUser.require();
        if (user.has(Role.TRAINER) || user.has(Role.ADMIN)) {
            add(new H2("Record a check"), recordForm(practices));
        }
        add(new H2("Practices needing follow-up"), followUp, new H2("How checks went, last 12 months"), dashboard);
        showFollowUp();
    }

    private void showDashboard() {
        dashboard.removeAll();
        var months = statistics.perMonth(DASHBOARD_MONTHS);
        if (months.stream().allMatch(m -> m.checks() == 0)) {
            var none = new Paragraph("No checks recorded in the last 12 months.");
            none.addClassName("portal-empty");
            dashboard.add(none);
            return;
        }
        var checks = new LinkedHashMap<String, Long>();
        var passRate = new LinkedHashMap<String, Long>();
        for (var month : months) {
            String label = DateFormats.SHORT_MONTH.format(YearMonth.parse(month.label()));
            checks.put(label, month.checks());
            passRate.put(label, month.percent());
        }
        var charts = new Div(new Card("Checks per month", new LineChart("Mystery-shopper checks per month", checks)),
                new Card("Pass rate per month (%)", new LineChart("Share of checks where the practice would register, "
                        + "per cent, per month", passRate)),
                new Card("Pass rate by region", passRates("Share of checks passed by NHS region",
                        statistics.byRegion(DASHBOARD_MONTHS))),
                new Card("Pass rate by channel", passRates("Share of checks passed by how the practice was contacted",
                        statistics.byChannel(DASHBOARD_MONTHS))));
        charts.addClassName("portal-charts");
        dashboard.add(charts);
    }

    private static BarChart passRates(String description, List<PassRate> rates) {
        var values = new LinkedHashMap<String, Long>();
        rates.forEach(r -> values.put(r.label() + " (" + r.passed() + " of " + r.checks() + ")", r.percent()));
        return new BarChart(description, values, percent -> percent + "%", 100);
    }

    private FormLayout recordForm(PracticeChoices practices) {
        var practice = new ComboBox<PracticeChoice>("Practice");
        practice.setItemLabelGenerator(PracticeChoice::label);
        practice.setItems(q -> practices.search(q.getFilter().orElse(""), q.getOffset() + q.getLimit()).stream()
                .skip(q.getOffset()));
        var date = new DatePicker("Date of the check", UkCalendar.today());
        date.setMax(UkCalendar.today());
        var channel = new RadioButtonGroup<Channel>("How the practice was contacted");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(Channel::label);
        channel.setValue(Channel.PHONE);
        var scenario = new CheckboxGroup<Scenario>("The test persona (never a real person)");
        scenario.setItems(Scenario.values());
        scenario.setItemLabelGenerator(Scenario::label);
        var outcome = new RadioButtonGroup<CheckOutcome>("Outcome");
        outcome.setItems(CheckOutcome.values());
        outcome.setItemLabelGenerator(CheckOutcome::label);
        var notes = new TextArea("Notes (optional)");
        FieldLimits.atMost(notes, 500);
        notes.setHelperText("What was said. Never anything about a real patient.");
        var record = new Button("Record check", e -> {
            var problem = TypedText.problemInText(notes.getValue());
            notes.setInvalid(problem.isPresent());
            notes.setErrorMessage(problem.orElse(null));
            if (practice.getValue() == null) {
                practice.setInvalid(true);
                practice.setErrorMessage("Choose the practice.");
                return;
            }
            if (problem.isPresent()) {
                return;
            }
            if (Feedback.attempt(() -> shopping.record(practice.getValue().id(), new CheckReport(date.getValue(),
                    channel.getValue(), scenario.getValue(), outcome.getValue(), notes.getValue())))) {
                Feedback.done("Check recorded for " + practice.getValue().name() + ".");
                scenario.clear();
                outcome.clear();
                notes.clear();
                showFollowUp();
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(practice, date, channel, scenario, outcome, notes, record);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private void showFollowUp() {
        showDashboard();
        followUp.removeAll();
        var flagged = shopping.practicesNeedingFollowUp();
        if (flagged.isEmpty()) {
            var none = new Paragraph("No practice needs follow-up: every failed check has been followed by a pass.");
            none.addClassName("portal-empty");
            followUp.add(none);
            return;
        }
        var list = new UnorderedList();
        flagged.forEach(c -> list.add(new ListItem(new Anchor("checks/practice/" + c.practiceId(),
                c.practiceName() + " (" + c.odsCode() + ")"), new com.vaadin.flow.component.html.Span(
                " — " + c.report().outcome().label().toLowerCase(java.util.Locale.UK) + " on "
                        + DateFormats.DAY.format(c.report().checkedOn())))));
        followUp.add(list);
    }
}
