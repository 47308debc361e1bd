package org.safesurgeries.portal.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Public registration statistics: the demo's year of tallies, and never a count from 1 to 7. */
@RunningPortal
class StatisticsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void no_published_json_figure_is_a_small_number() throws Exception {
        for (String query : List.of("", "?area=icb", "?measure=REFUSED", "?area=icb&measure=INTERPRETER&months=36")) {
            var response = get("/api/statistics/registrations" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            JsonNode body = new ObjectMapper().readTree(response.body());
            var figures = new ArrayList<JsonNode>();
            body.get("rows").forEach(row -> {
                row.get("months").forEach(figures::add);
                figures.add(row.get("total"));
            });
            body.get("monthTotals").forEach(figures::add);
            figures.add(body.get("total"));
            assertThat(body.get("rows").size()).as("the demo logs a year of tallies").isPositive();
            for (var figure : figures) {
                if (figure.get("value").isNull()) {
                    assertThat(figure.get("text").asText()).isEqualTo("fewer than 8");
                } else {
                    long value = figure.get("value").asLong();
                    assertThat(value == 0 || value > 7).as("%s in %s", value, query).isTrue();
                    assertThat(value % 5).isZero();
                }
            }
        }
    }

    @Test
    void no_csv_cell_is_a_small_number() throws Exception {
        var csv = get("/api/statistics/registrations.csv?area=icb").body();
        assertThat(csv).startsWith("\"icb\",");
        var numbers = Pattern.compile("\"(\\d+)\"").matcher(csv);
        var seen = new ArrayList<Long>();
        while (numbers.find()) {
            seen.add(Long.parseLong(numbers.group(1)));
        }
        assertThat(seen).isNotEmpty().allSatisfy(v -> assertThat(v == 0 || v > 7).as("%s", v).isTrue());
    }

    @Test
    void bad_parameters_get_a_clear_400() throws Exception {
        assertThat(get("/api/statistics/registrations?area=practice").body()).contains("area is region or icb");
        assertThat(get("/api/statistics/registrations?months=99").statusCode()).isEqualTo(400);
        assertThat(get("/api/statistics/registrations?measure=NAMES").statusCode()).isEqualTo(400);
    }

    @Test
    void the_statistics_page_is_public_and_accessible() {
        try (var context = BrowserSupport.browser().newContext(); Page page = context.newPage()) {
            page.navigate("http://localhost:" + port + "/statistics");
            page.locator("table.portal-table").waitFor();
            assertThat(page.locator("table.portal-table").textContent()).contains("All areas");
            BrowserSupport.assertAccessible(page, "statistics page");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
