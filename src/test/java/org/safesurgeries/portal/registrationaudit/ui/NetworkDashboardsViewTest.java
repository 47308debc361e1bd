package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.registrationaudit.Measure;
import org.safesurgeries.portal.registrationaudit.RegistrationStatistics.AreaChoice;
import org.safesurgeries.portal.registrationaudit.ui.NetworkRegistrationsView.Grouping;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.ClassUtils;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trainers, reviewers and admins see the network's registrations only through suppression; a practice's exact
 * figures stay on its own tally page, which they cannot open.
 */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
class NetworkDashboardsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    @SuppressWarnings("unchecked")
    void a_trainer_sees_only_suppressed_figures_at_every_level() {
        navigate("network/registrations", Component.class);
        assertThat(viewName()).isEqualTo("NetworkRegistrationsView");
        Select<Grouping> grouping = find(Select.class).withCaption("By").single();
        Select<Measure> measure = find(Select.class).withCaption("Show").single();
        var cells = new ArrayList<String>();
        for (var by : Grouping.values()) {
            test(grouping).selectItem(label(by));
            for (var shown : Measure.values()) {
                measure.setValue(shown);
                if (by == Grouping.PRACTICES_IN_REGION || by == Grouping.PRACTICES_IN_ICB) {
                    ComboBox<AreaChoice> area = find(ComboBox.class).withCaption("Area").single();
                    var choices = area.getListDataView().getItems().toList();
                    for (var choice : choices) {
                        area.setValue(choice);
                        cells.addAll(figureCells());
                    }
                } else {
                    cells.addAll(figureCells());
                }
            }
        }
        assertThat(cells).isNotEmpty().allSatisfy(text -> assertThat(text)
                .matches("fewer than 8|0|[1-9][0-9]*[05]"));
        assertThat(cells).as("the demo's small practice figures are hidden, not absent").contains("fewer than 8");
    }

    @Test
    @WithMockUser(username = "reviewer@demo.safesurgery.example", roles = "REVIEWER")
    @SuppressWarnings("unchecked")
    void a_small_count_of_one_practice_reads_fewer_than_8_to_a_reviewer() {
        // A practice-month of the demo with between 1 and 7 registrations, and its ICB.
        var small = jdbc.queryForMap("""
                select p.name, p.ods_code, i.name icb, t.month from registration_month t join practice p
                on p.id = t.practice_id join icb i on i.code = p.icb_code
                where t.registrations between 1 and 7 and t.month >= ? order by t.month desc, p.ods_code limit 1""",
                YearMonth.now().minusMonths(11).toString());
        navigate("network/registrations", Component.class);
        test(find(Select.class).withCaption("By").single()).selectItem("Practices in an ICB");
        ComboBox<AreaChoice> area = find(ComboBox.class).withCaption("Area").single();
        area.setValue(area.getListDataView().getItems().filter(a -> a.name().equals(small.get("icb"))).findFirst()
                .orElseThrow());

        var table = find(NativeTable.class).withClassName("portal-table").single();
        var header = table.getChildren().findFirst().orElseThrow().getElement().getTextRecursively();
        assertThat(header).contains(DateFormats.SHORT_MONTH.format(YearMonth.parse((String) small.get("month"))));
        int column = months(table).indexOf(DateFormats.SHORT_MONTH.format(YearMonth.parse((String) small.get("month"))));
        var row = find(NativeTableRow.class).all().stream()
                .filter(r -> r.getElement().getTextRecursively().startsWith(small.get("name") + " ("
                        + small.get("ods_code") + ")")).findFirst().orElseThrow();
        assertThat(row.getChildren().skip(1 + column).findFirst().orElseThrow().getElement().getText())
                .isEqualTo("fewer than 8");
    }

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    void a_trainer_cannot_open_a_practices_tally() {
        long practice = jdbc.queryForObject("select id from practice where ods_code = 'Y90001'", Long.class);
        navigate("tally/" + practice, Component.class);
        assertThat(viewName()).isNotEqualTo("TallyView");
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void a_practice_manager_cannot_open_the_network_dashboards() {
        navigate("network/registrations", Component.class);
        assertThat(viewName()).isNotEqualTo("NetworkRegistrationsView");
        navigate("checks", Component.class);
        assertThat(viewName()).isNotEqualTo("MysteryShopperView");
    }

    @Test
    @WithMockUser(username = "trainer@demo.safesurgery.example", roles = "TRAINER")
    void a_trainer_sees_how_checks_went() {
        navigate("checks", Component.class);
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Checks per month",
                "Pass rate per month (%)", "Pass rate by region", "Pass rate by channel");
    }

    private static String label(Grouping grouping) {
        return switch (grouping) {
            case REGIONS -> "NHS regions";
            case ICBS -> "Integrated Care Boards";
            case PRACTICES_IN_REGION -> "Practices in a region";
            case PRACTICES_IN_ICB -> "Practices in an ICB";
        };
    }

    private List<String> figureCells() {
        var table = find(NativeTable.class).withClassName("portal-table").all();
        return table.isEmpty() ? List.of() : find(NativeTableCell.class, table.getFirst()).all().stream()
                .map(c -> c.getElement().getText()).toList();
    }

    private static List<String> months(NativeTable table) {
        return table.getChildren().findFirst().orElseThrow().getChildren().findFirst().orElseThrow().getChildren()
                .skip(1).map(c -> ((NativeTableHeaderCell) c).getElement().getText()).toList();
    }

    private String viewName() {
        return ClassUtils.getUserClass(getCurrentView().getClass()).getSimpleName();
    }
}
