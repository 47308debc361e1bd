package org.safesurgeries.portal.hostile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.shared.HostileInputs;
import org.safesurgeries.portal.shared.HostileInputs.HostileInput;
import org.safesurgeries.portal.shared.HostileOutcomes;
import org.safesurgeries.portal.shared.HostileOutcomes.Field;
import org.safesurgeries.portal.shared.HostileOutcomes.Result;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The public APIs with every hostile value in each path and query parameter (and bytes that are not UTF-8 in the
 * query string and a request body): each answers 2xx with well-formed JSON, CSV or PDF (which browsers are told not
 * to sniff as HTML), or 4xx, or (for a value with a slash, which makes a path no API serves) a redirect to sign in;
 * never 5xx and never an HTML page that could carry the value's markup. The one HTML page among them, the page a
 * certificate's QR code opens, answers with itself (found, not found, or wait) or a redirect, and shows the value back
 * only escaped. Each request comes from its own
 * documentation address (RFC 5737), so that certificate verification's per-client limit does not slow the suite's
 * other tests.
 */
@PortalTest
class HostileRestTest {

    private static final HostileOutcomes OUTCOMES = new HostileOutcomes("REST APIs (path and query parameters)");
    private static final AtomicInteger CLIENT = new AtomicInteger();
    private static final Map<Integer, Integer> STATUSES = new TreeMap<>();

    @Autowired WebApplicationContext context;

    MockMvc mvc;
    final ObjectMapper json = new ObjectMapper();
    final List<String> swept = new ArrayList<>();

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void judged() {
        OUTCOMES.assertNoFailures(swept);
    }

    @AfterAll
    static void figures() {
        OUTCOMES.printSummary();
        HostileOutcomes.printFigure("Hostile input, REST APIs, answers by HTTP status: " + STATUSES);
    }

    @Test
    void the_directory_api_with_hostile_filters() {
        for (String parameter : List.of("q", "postcodeDistrict", "region", "icb", "language", "interpreter", "page",
                "size")) {
            sweep("GET /api/directory?" + parameter, v -> get("/api/directory").param(parameter, v));
        }
    }

    @Test
    void the_statistics_apis_with_hostile_parameters() {
        for (String path : List.of("/api/statistics/registrations", "/api/statistics/registrations.csv")) {
            for (String parameter : List.of("area", "measure", "months")) {
                sweep("GET " + path + "?" + parameter, v -> get(path).param(parameter, v));
            }
        }
    }

    @Test
    void certificate_verification_with_hostile_codes() {
        sweep("GET /api/verify/{code}", v -> get("/api/verify/{code}", v));
        sweep("GET /verify/{code}/pdf", v -> get("/verify/{code}/pdf", v));
    }

    @Test
    void the_page_a_qr_code_opens_with_hostile_codes() {
        sweepPage("GET /verify/{code} (HTML)", v -> get("/verify/{code}", v));
        sweepPage("GET /verify/lookup?code= (HTML)", v -> get("/verify/lookup").param("code", v));
    }

    @Test
    void bytes_that_are_not_utf8_in_a_query_string_or_a_request_body() throws Exception {
        String input = "GET /api/directory?q=<bytes> and POST bodies";
        swept.add(input);
        for (var bytes : HostileInputs.invalidUtf8()) {
            var value = new HostileInput(bytes.id(), "invalid-utf8", HostileInputs.Expect.STORE, bytes.id());
            var encoded = new StringBuilder();
            for (byte b : bytes.between("caf", "")) {
                encoded.append(String.format("%%%02X", b & 0xFF));
            }
            judge(input, value, get(URI.create("/api/directory?q=" + encoded)));
            judge(input, value, post("/api/directory").contentType(MediaType.APPLICATION_JSON)
                    .content(bytes.between("{\"q\":\"", "\"}")));
            judge(input, value, get(URI.create("/api/verify/" + encoded)));
        }
    }

    private void sweep(String input, Function<String, MockHttpServletRequestBuilder> request) {
        swept.add(input);
        for (var value : HostileInputs.all()) {
            judge(input, value, request.apply(value.value()));
        }
    }

    private void sweepPage(String input, Function<String, MockHttpServletRequestBuilder> request) {
        swept.add(input);
        for (var value : HostileInputs.all()) {
            judge(input, value, request.apply(value.value()), response -> judgePage(value.value(), response));
        }
    }

    private void judge(String input, HostileInput value, MockHttpServletRequestBuilder request) {
        judge(input, value, request, this::judge);
    }

    private interface Judge {
        Result of(MockHttpServletResponse response) throws Exception;
    }

    /** 2xx with a well-formed body of the promised type, or 4xx; anything else is a failure. */
    private void judge(String input, HostileInput value, MockHttpServletRequestBuilder request, Judge judge) {
        Result result;
        try {
            int n = CLIENT.incrementAndGet();
            var response = mvc.perform(request.with(r -> {
                r.setRemoteAddr("198.51." + (n / 250 % 250) + "." + (n % 250 + 1));
                return r;
            })).andReturn().getResponse();
            STATUSES.merge(response.getStatus(), 1, Integer::sum);
            result = judge.of(response);
        } catch (Exception e) {
            result = Result.crashed(e);
        }
        OUTCOMES.judge(input, Field.FORMATTED, value, result);
    }

    /**
     * The verification page: its own HTML (found, not found or wait), or a redirect to a code's address or the full
     * verification page; the value shown back only escaped.
     */
    private static Result judgePage(String value, MockHttpServletResponse response) throws Exception {
        int status = response.getStatus();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        String location = response.getRedirectedUrl();
        if (status == 303 && location != null && location.matches("/verify(/[0-9A-Z]{14})?")) {
            return Result.answered("303 to " + (location.length() > 7 ? "a code's address" : "/verify"));
        }
        if (status >= 300 && status < 400 && "/login".equals(location)) {
            return Result.answered(status + " to " + location);
        }
        if (status == 400 && !body.contains(value)) {
            // Spring Security's firewall refuses a path with a semicolon, a backslash, an encoded % or a control
            // character before any page is made.
            return Result.answered("400 from the firewall");
        }
        if (status != 200 && status != 404 && status != 429) {
            return Result.crashed(new AssertionError(status + " " + body));
        }
        if (!body.contains("<h1>Verify a certificate</h1>") || !response.getContentType().startsWith("text/html")) {
            return Result.crashed(new AssertionError("not the verification page: " + status + " " + body));
        }
        if (!HtmlUtils.htmlEscape(value).equals(value) && value.length() > 2 && body.contains(value)) {
            return Result.crashed(new AssertionError("the value is shown unescaped: " + body));
        }
        return Result.answered(status + " page");
    }

    private Result judge(MockHttpServletResponse response) throws Exception {
        int status = response.getStatus();
        String type = response.getContentType() == null ? "" : response.getContentType().toLowerCase(Locale.ROOT);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (status >= 500) {
            return Result.crashed(new AssertionError(status + " " + body));
        }
        if (status >= 300 && status < 400 && "/login".equals(response.getRedirectedUrl())) {
            // A value with a slash makes another path, which no API serves and which is not public: sign in first.
            return Result.answered(status + " to " + response.getRedirectedUrl());
        }
        if (type.contains("html")) {
            return Result.crashed(new AssertionError("an HTML page (" + status + "): " + body));
        }
        if (type.contains("json")) {
            json.readTree(body); // throws when the body is not JSON
        } else if (status < 400 && !type.contains("csv") && !type.contains("pdf")) {
            return Result.crashed(new AssertionError(status + " with an unexpected type \"" + type + "\""));
        }
        if (status < 400 && !"nosniff".equals(response.getHeader("X-Content-Type-Options"))) {
            return Result.crashed(new AssertionError("no X-Content-Type-Options: nosniff"));
        }
        return Result.answered(status + " " + type);
    }
}
