package org.safesurgeries.portal.declaration.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.declaration.NetworkStatistics;
import org.safesurgeries.portal.declaration.NetworkStatistics.Share;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.ui.BarChart;
import org.safesurgeries.portal.shared.ui.LineChart;

import java.util.LinkedHashMap;
import java.util.List;

/** The Safe Surgeries network at a glance: growth, regions, ICBs and what lapses soon. */
@Route("network")
@PageTitle("Network dashboard · Safe Surgery portal")
@Menu(title = "Network dashboard", order = 21, icon = "vaadin:chart")
@RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
class NetworkDashboardView extends Div {

    NetworkDashboardView(NetworkStatistics statistics) {
        addClassName("portal-page");
        add(new H1("Network dashboard"));
        add(new H2("Safe Surgeries over the last two years"),
                new LineChart("Safe Surgeries at the end of each month", statistics.safeSurgeriesOverTime(24)));
        var regions = statistics.byRegion();
        add(new H2("Safe Surgeries by region"), new BarChart("Safe Surgeries by NHS region", counts(regions)));
        add(new H2("Share of practices that are Safe Surgeries, by ICB"),
                new BarChart("Percentage of active practices in each ICB that are Safe Surgeries", percents(
                        statistics.byIcb()), value -> value + "%", 100));
        var lapsing = statistics.lapsingWithin(90);
        add(new H2("Lapsing in the next 90 days: " + lapsing.size()));
        if (lapsing.isEmpty()) {
            var none = new Paragraph("No declaration lapses in the next 90 days.");
            none.addClassName("portal-empty");
            add(none);
        } else {
            var list = new UnorderedList();
            lapsing.forEach(l -> list.add(new ListItem(new Anchor("declaration/" + l.practiceId() + "/history",
                    l.name() + " (" + l.odsCode() + ")"), new com.vaadin.flow.component.html.Span(
                    " lapses on " + SignedDeclarationPanel.DATE.format(l.lapsesOn())))));
            add(list);
        }
    }

    private static LinkedHashMap<String, Long> counts(List<Share> shares) {
        var map = new LinkedHashMap<String, Long>();
        shares.forEach(s -> map.put(s.area(), s.safeSurgeries()));
        return map;
    }

    private static LinkedHashMap<String, Long> percents(List<Share> shares) {
        var map = new LinkedHashMap<String, Long>();
        shares.forEach(s -> map.put(s.area() + " (" + s.safeSurgeries() + " of " + s.practices() + ")", s.percent()));
        return map;
    }
}
