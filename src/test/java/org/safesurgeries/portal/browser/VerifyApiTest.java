package org.safesurgeries.portal.browser;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificate verification as any client gets it over HTTP, with the demo's published codes (README): the JSON, the
 * PDF, and the page a QR code opens. Each test speaks for its own client address (X-Forwarded-For from localhost), so
 * the per-client limit is its own.
 */
@RunningPortal
class VerifyApiTest {

    static final AtomicInteger CLIENT = new AtomicInteger(10);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_published_demo_code_answers_with_its_kind_practice_dates_and_status() throws Exception {
        String client = client();
        var response = get("/api/verify/awar-dsan-ct26-0c", client);
        assertThat(response.statusCode()).isEqualTo(200);
        var body = json.readTree(response.body());
        assertThat(body.get("code").asString()).isEqualTo("AWAR-DSAN-CT26-0C");
        assertThat(body.get("kind").asString()).isEqualTo("AWARD");
        assertThat(body.get("status").asString()).isEqualTo("VALID");
        assertThat(body.get("odsCode").asString()).matches("Y900[0-9]{2}");
        assertThat(body.get("practiceName").asString()).isNotBlank();
        assertThat(body.get("issuedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(body.get("expiresOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        for (String code : new String[] {"SAFE-SVRG-ERY2-69", "TRA1-N1NG-DEM0-14"}) {
            assertThat(get("/api/verify/" + code, client).statusCode()).isEqualTo(200);
        }

        var pdf = http.send(request("/verify/AWARDSANCT260C/pdf", client).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void an_unknown_and_a_malformed_code_get_the_same_not_found() throws Exception {
        String client = client();
        var unknown = get("/api/verify/7KQ3-M9TX-2HCP-4" + "R", client);
        var malformed = get("/api/verify/%3Cscript%3E", client);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(malformed.body()).isEqualTo(unknown.body());
        assertThat(get("/verify/NOTACODE/pdf", client).statusCode()).isEqualTo(404);
    }

    @Test
    void a_client_that_asks_too_often_is_told_to_wait_and_others_are_not() throws Exception {
        String greedy = client();
        int limited = 0;
        for (int i = 0; i < 40; i++) {
            var response = get("/api/verify/0000-0000-0000-0" + i % 10, greedy);
            if (response.statusCode() == 429) {
                limited++;
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
            }
        }
        assertThat(limited).isEqualTo(10);
        assertThat(get("/api/verify/AWARDSANCT260C", client()).statusCode()).isEqualTo(200);
    }

    @Test
    void the_page_a_qr_code_opens_shows_the_certificate_without_a_session() throws Exception {
        var page = get("/verify/AWARDSANCT260C", client());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
        assertThat(page.headers().firstValue("Set-Cookie")).as("no session for a scan").isEmpty();
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(page.body()).contains("<html lang=\"en-GB\">", "<h1>Verify a certificate</h1>",
                "Sanctuary in Healthcare award", ">Valid</span>", "Code: AWAR-DSAN-CT26-0C",
                "href=\"/verify/AWARDSANCT260C/pdf\"")
                .containsPattern("Practice: .+ \\(ODS code Y900[0-9]{2}\\)")
                .doesNotContain("<script");
        // One request for a first visit: the page carries both stylesheets.
        assertThat(page.body()).doesNotContain("<link rel=\"stylesheet\"")
                .contains(get("/styles/public-page.css", client()).body().strip())
                .contains(get("/styles/portal.css", client()).body().strip());
    }

    @Test
    void the_page_answers_an_unknown_or_hostile_code_with_the_same_not_found() throws Exception {
        String client = client();
        var unknown = get("/verify/7KQ3M9TX2HCP4R", client);
        var hostile = get("/verify/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", client);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(hostile.statusCode()).isEqualTo(404);
        for (var page : java.util.List.of(unknown, hostile)) {
            assertThat(page.body()).contains("No certificate matches.").doesNotContain("id=\"verification-result\"");
        }
        assertThat(hostile.body()).contains("value=\"&lt;img src=x onerror=alert(1)&gt;\"").doesNotContain("<img");
    }

    @Test
    void the_pages_form_leads_to_the_codes_address_and_an_empty_one_to_the_full_verification_page() throws Exception {
        String client = client();
        var valid = get("/verify/lookup?code=awar+dsan+ct26+0c", client);
        assertThat(valid.statusCode()).isEqualTo(303);
        assertThat(valid.headers().firstValue("Location")).hasValue("/verify/AWARDSANCT260C");
        var empty = get("/verify/lookup?code=+", client);
        assertThat(empty.statusCode()).isEqualTo(303);
        assertThat(empty.headers().firstValue("Location")).hasValue("/verify");
        var wrong = get("/verify/lookup?code=AWAR-DSAN-CT26-0D", client);
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).contains("No certificate matches.", "value=\"AWAR-DSAN-CT26-0D\"");
        assertThat(get("/verify", client).body()).as("the Vaadin view, for typing a code or uploading a file")
                .doesNotContain("No certificate matches.").contains("<script");
    }

    @Test
    void the_page_counts_towards_the_same_limit_and_says_when_to_come_back() throws Exception {
        String greedy = client();
        for (int i = 0; i < 30; i++) {
            assertThat(get("/verify/0000000000000" + i % 10, greedy).statusCode()).isEqualTo(404);
        }
        var refused = get("/verify/AWARDSANCT260C", greedy);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Too many checks from your connection").doesNotContain("Sanctuary in Healthcare");
        assertThat(get("/api/verify/AWARDSANCT260C", greedy).statusCode()).as("the JSON too").isEqualTo(429);
    }

    @Test
    void the_api_is_described_in_openapi() throws Exception {
        var docs = get("/v3/api-docs", client());
        assertThat(docs.body()).contains("/api/verify/{code}").contains("VerifiedCertificate");
    }

    private HttpResponse<String> get(String path, String client) throws Exception {
        return http.send(request(path, client).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String client) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-For", client);
    }

    private static String client() {
        return "203.0.113." + CLIENT.incrementAndGet();
    }
}
