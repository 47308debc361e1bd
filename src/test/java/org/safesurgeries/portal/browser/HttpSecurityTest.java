package org.safesurgeries.portal.browser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What any client sees over HTTP: security headers, cookie flags and which actuator endpoints are public. */
@RunningPortal
class HttpSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("portalStaticResources")
    HandlerMapping staticResources;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pages_carry_the_security_headers() throws Exception {
        var response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(headers.map().toString()).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void pages_are_not_cached_but_open_data_and_styles_may_be() throws Exception {
        var page = get("/").headers();
        assertThat(page.firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        for (String path : new String[] {"/api/directory", "/styles/portal.css"}) {
            var headers = get(path).headers();
            assertThat(headers.firstValue("Cache-Control")).as(path)
                    .hasValueSatisfying(c -> assertThat(c).contains("max-age").doesNotContain("no-store"));
            assertThat(headers.firstValue("Pragma")).as(path).isEmpty();
            assertThat(headers.firstValue("Expires")).as(path).isEmpty();
        }
    }

    @Test
    void the_stylesheet_is_served_by_spring_not_vaadin_with_the_headers_and_no_session() throws Exception {
        // Vaadin's static file server opens the jar as a zip file system per request; Spring's handler does not.
        assertThat(staticResources.getHandler(new MockHttpServletRequest("GET", "/styles/portal.css")))
                .isNotNull().extracting(HandlerExecutionChain::getHandler).isInstanceOf(ResourceHttpRequestHandler.class);
        var response = get("/styles/portal.css");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("{");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() throws Exception {
        var cookie = get("/").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_also_secure() throws Exception {
        // A reverse proxy on this host that terminated TLS says so; Tomcat trusts it from internal addresses only.
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        var cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void the_apis_take_no_state_changing_requests() throws Exception {
        for (String path : new String[] {"/api/directory", "/api/verify/AWARDSANCT260C", "/api/statistics/registrations"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString());
            // Refused before any handler: anonymous writes are sent to sign in, and CSRF applies to any that get by.
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 405);
            assertThat(response.body()).as(path).doesNotContain("\"odsCode\"");
        }
    }

    @Test
    void health_with_the_database_and_info_answer_without_login() throws Exception {
        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
    }

    @Test
    void other_actuator_endpoints_need_an_administrator() throws Exception {
        for (String path : new String[] {"/actuator/metrics", "/actuator/flyway", "/actuator/modulith"}) {
            assertThat(get(path).statusCode()).as(path).isIn(302, 401, 403);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
