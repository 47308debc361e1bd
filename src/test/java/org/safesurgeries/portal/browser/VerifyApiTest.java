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
 * Certificate verification as any client gets it over HTTP, with the demo's published codes (README). Each test
 * speaks for its own client address (X-Forwarded-For from localhost), so the per-client limit is its own.
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
