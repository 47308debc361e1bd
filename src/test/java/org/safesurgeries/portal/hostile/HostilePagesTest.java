package org.safesurgeries.portal.hostile;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.certificate.VerificationThrottle;
import org.safesurgeries.portal.shared.HostileInputs;
import org.safesurgeries.portal.shared.HostileInputs.HostileInput;
import org.safesurgeries.portal.shared.HostileOutcomes;
import org.safesurgeries.portal.shared.HostileOutcomes.Field;
import org.safesurgeries.portal.shared.HostileOutcomes.Result;
import org.safesurgeries.portal.shared.ui.LineChart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ClassUtils;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safesurgeries.portal.award.AwardFixtures.ADMIN;

/**
 * Pages opened with hostile values in their address, and the search and lookup fields anyone or an administrator
 * types into: each page shows a message or results, never an error, and nothing typed reaches the page as markup.
 * The percent and underscore of SQL's LIKE match themselves, not everything.
 */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
class HostilePagesTest extends SpringBrowserlessTest {

    private static final HostileOutcomes OUTCOMES = new HostileOutcomes("pages (addresses, searches, lookups)");

    @Autowired VerificationThrottle throttle;

    final List<String> swept = new ArrayList<>();

    @AfterEach
    void judged() {
        // Browserless requests all come from 127.0.0.1: give back the verification lookups this test used up.
        ((AtomicReference<?>) ReflectionTestUtils.getField(throttle, "tables")).set(null);
        OUTCOMES.assertNoFailures(swept);
    }

    @AfterAll
    static void figures() {
        OUTCOMES.printSummary();
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void pages_opened_with_a_hostile_value_in_their_address() {
        for (String route : List.of("award/application/%s", "reviews/%s", "declaration/%s/history", "declaration/%s",
                "checks/practice/%s", "training/session/%s", "training/practice/%s", "tally/%s", "my-practice/%s",
                "award/%s", "posters/%s", "certificates/practice/%s", "verify/%s", "directory/%s", "invitation/%s",
                "reset-password/%s")) {
            sweep("/" + route.formatted("{value}"), value -> page(() -> navigate(route.formatted(
                    UriUtils.encodePathSegment(value.value(), StandardCharsets.UTF_8)), Component.class), value));
        }
    }

    @Test
    void the_public_verification_and_directory_search_fields() {
        sweep("verification code field", value -> page(() -> {
            navigate("verify", Component.class);
            test(find(TextField.class).withId("verification-code").single()).setValue(value.value());
            test(find(Button.class).withText("Check").single()).click();
            return getCurrentView();
        }, value));
        for (String field : List.of("Practice name or town", "Postcode district")) {
            sweep("directory search, " + field, value -> page(() -> {
                navigate("directory", Component.class);
                test(find(TextField.class).withCaption(field).single()).setValue(value.value());
                test(find(Button.class).withText("Search").single()).click();
                return getCurrentView();
            }, value));
        }
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void the_administrators_searches_treat_like_wildcards_as_text() {
        var searches = new LinkedHashMap<String, String>();
        searches.put("admin/users", "Search");
        searches.put("admin/practices", "Search");
        searches.put("certificates", "Code, practice, ODS code or holder");
        searches.put("declarations", "Practice");
        searches.put("admin/audit", "Who");
        searches.put("admin/audit ", "What (entity or ID)");
        searches.put("admin/outbox", "Recipient");
        searches.forEach((route, field) -> sweep(route.strip() + " search, " + field, value -> page(() -> {
            navigate(route.strip(), Component.class);
            test(find(TextField.class).withCaption(field).single()).setValue(value.value());
            int rows = test(find(Grid.class).first()).size();
            if (value.category().equals("sql") && value.stored().matches("[%_\\\\]+|100%")) {
                assertThat(rows).as("rows matching %s", value.stored()).isZero();
            }
            return getCurrentView();
        }, value)));
    }

    @Test
    void the_one_markup_built_from_data_escapes_it() {
        String input = "LineChart (inline SVG) description and labels";
        swept.add(input);
        for (var value : HostileInputs.all()) {
            var points = new LinkedHashMap<String, Long>();
            points.put(value.value(), 3L);
            points.put("2026-11", 5L);
            var chart = new LineChart(value.value(), points);
            String svg = chart.getElement().getChild(0).getProperty("innerHTML");
            assertThat(svg).startsWith("<svg");
            boolean markup = value.value().matches("(?s).*[<>&].*");
            OUTCOMES.judge(input, Field.FREE_TEXT, value, markup && svg.contains(value.value())
                    ? Result.crashed(new AssertionError("unescaped in the SVG: " + svg))
                    : Result.answered("escaped"));
        }
    }

    private void sweep(String input, Function<HostileInput, Result> open) {
        swept.add(input);
        for (var value : HostileInputs.all()) {
            OUTCOMES.judge(input, Field.FORMATTED, value, open.apply(value));
        }
    }

    /**
     * Opens the page: it must be one of the portal's views or "not found" (a value with a slash makes another
     * address), never an error view, and the value never in its markup.
     */
    private Result page(Supplier<? extends HasElement> open, HostileInput value) {
        try {
            var view = open.get();
            String name = ClassUtils.getUserClass(view.getClass()).getSimpleName();
            var ui = view.getElement().getComponent().flatMap(Component::getUI).orElseThrow();
            if (name.contains("Error") && !name.equals("RouteNotFoundError")) {
                return Result.crashed(new AssertionError("an error view: " + name));
            }
            if (HtmlSinks.shown(ui).isEmpty()) {
                return Result.crashed(new AssertionError("nothing on the page"));
            }
            boolean markup = value.value().matches("(?s).*[<>].*");
            var raw = HtmlSinks.rawHtml(ui);
            if (markup && raw.stream().anyMatch(html -> html.contains(value.value()))) {
                return Result.crashed(new AssertionError("the value reached the page as markup: " + raw));
            }
            return Result.answered(name);
        } catch (Exception | AssertionError e) {
            return Result.crashed(e);
        }
    }
}
