package org.safesurgeries.portal.browser;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.practice.EpraccurImporter;
import org.safesurgeries.portal.practice.EpraccurRows;
import org.safesurgeries.portal.practice.ImportProgress;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The open data, as any client gets it over HTTP. The demo declares a dozen practices. */
@RunningPortal
class DirectoryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DeclarationService declarations;

    @Autowired
    EpraccurImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void each_entry_carries_the_public_fields_and_nothing_private() throws Exception {
        var page = getJson("/api/directory?size=100");
        assertThat(page.get("totalItems").asInt()).isGreaterThanOrEqualTo(12);
        var first = page.get("items").get(0);
        for (String field : new String[] {"odsCode", "name", "postcode", "safeSurgerySince"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        String body = get("/api/directory?size=100").body().toLowerCase();
        assertThat(body).doesNotContain("headcount").doesNotContain("email").doesNotContain("signatory")
                .doesNotContain("withdrawalreason");
    }

    @Test
    void withdrawn_lapsed_and_undeclared_practices_are_not_listed() throws Exception {
        String body = get("/api/directory?size=100").body();
        assertThat(body).contains("Y90003").doesNotContain("Y90015").doesNotContain("Y90016")
                .doesNotContain("Y90002");
    }

    @Test
    void filters_by_postcode_district_language_and_region_and_pages() throws Exception {
        assertThat(codes(getJson("/api/directory?postcodeDistrict=pl1"))).containsExactly("Y90003");
        var tigrinya = getJson("/api/directory?language=ti&size=100").get("items");
        assertThat(tigrinya.size()).isPositive();
        tigrinya.forEach(item -> assertThat(item.get("languages").toString()).as(item.get("odsCode").asText())
                .contains("\"ti\""));
        assertThat(codes(getJson("/api/directory?region=Midlands&size=100"))).contains("Y90004", "Y90010");

        var pageOne = getJson("/api/directory?size=5&page=0");
        var pageTwo = getJson("/api/directory?size=5&page=1");
        assertThat(pageOne.get("items")).hasSize(5);
        assertThat(pageOne.get("totalPages").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(codes(pageTwo)).doesNotContainAnyElementsOf(codes(pageOne));

        // The total of a first page with room to spare is its size; a full page's total is counted.
        String midlands = "/api/directory?region=Midlands&size=";
        int total = getJson(midlands + 100).get("totalItems").asInt();
        assertThat(total).isBetween(2, 99);
        var exact = getJson(midlands + total);
        assertThat(exact.get("items")).hasSize(total);
        assertThat(exact.get("totalItems").asInt()).isEqualTo(total);
        assertThat(getJson(midlands + (total + 1)).get("totalItems").asInt()).isEqualTo(total);
        assertThat(getJson(midlands + (total - 1)).get("totalItems").asInt()).isEqualTo(total);
        var beyond = getJson(midlands + (total - 1) + "&page=1");
        assertThat(beyond.get("items")).hasSize(1);
        assertThat(beyond.get("totalItems").asInt()).isEqualTo(total);
    }

    @Test
    void an_unchanged_directory_answers_304_and_a_change_gives_a_new_etag() throws Exception {
        var response = get("/api/directory?language=ar");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300");

        var again = http.send(HttpRequest.newBuilder(uri("/api/directory?language=ar"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        declareNewPractice("E10001", "Etag Change Surgery");
        assertThat(get("/api/directory?language=ar").headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    void the_csv_download_lists_every_safe_surgery_and_neutralises_formulas() throws Exception {
        declareNewPractice("F10001", "=HYPERLINK(\"http://evil.example\",\"Click\")");
        var csv = get("/api/directory.csv");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("ETag")).isPresent();
        assertThat(csv.body()).startsWith("\"odsCode\",\"name\"").contains("\"Y90003\"")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"");
    }

    @Test
    void bad_parameters_get_a_clear_400() throws Exception {
        var badSize = get("/api/directory?size=1000");
        assertThat(badSize.statusCode()).isEqualTo(400);
        assertThat(badSize.body()).contains("size from 1 to 100");
        var badDistrict = get("/api/directory?postcodeDistrict=%3Cscript%3E");
        assertThat(badDistrict.statusCode()).isEqualTo(400);
        assertThat(badDistrict.body()).contains("postcode district");
        assertThat(get("/api/directory?language=xx").statusCode()).isEqualTo(400);
    }

    @Test
    void the_api_is_documented_with_openapi() throws Exception {
        var doc = get("/v3/api-docs");
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("/api/directory").contains("/api/directory.csv").contains("postcodeDistrict");
    }

    private void declareNewPractice(String code, String name) {
        SystemAuthentication.run(() -> {
            importer.importFile(EpraccurRows.file().practice(code, name, "SW1A 1AA", "A").bytes(), "t.csv",
                    ImportProgress.NONE);
            long id = jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, code);
            if (!declarations.history(id).isEmpty()) {
                return;
            }
            var draft = declarations.openDraft(id);
            var saved = declarations.saveDraft(id, draft.entityVersion(),
                    org.safesurgeries.portal.declaration.DeclarationRulesTest.complete());
            declarations.sign(id, saved.entityVersion(), "Test Signatory", "Manager");
        });
    }

    private static java.util.List<String> codes(JsonNode page) {
        var codes = new java.util.ArrayList<String>();
        page.get("items").forEach(item -> codes.add(item.get("odsCode").asText()));
        return codes;
    }

    private JsonNode getJson(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
