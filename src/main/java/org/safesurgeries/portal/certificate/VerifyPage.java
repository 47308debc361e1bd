package org.safesurgeries.portal.certificate;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The page a certificate's QR code opens, {@code /verify/{code}}: plain HTML in the portal's look, made on the server
 * with no session and no script, so that a scan costs one request and one (kept) lookup, and works in any browser.
 * Typing a code or uploading a certificate's PDF stays in the portal's Vaadin view at {@code /verify}; within the
 * portal, links to {@code verify/{code}} open that view, as before. The form here asks {@code /verify/lookup?code=…},
 * which leads on to {@code /verify/{code}} ({@code /verify?code=} would shadow the Vaadin view: Spring MVC answers 400,
 * not "no match", for a path it maps without the parameter it requires).
 */
@Controller
class VerifyPage {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    static final String LOOKUP = "/verify/lookup";
    static final String TITLE = "Verify a certificate · Safe Surgery portal";

    private final CertificateService certificates;
    private final VerificationThrottle throttle;
    // The page carries its styles (9 KB), so a first visit from a QR code is one request, not three (bench/web).
    private final String styles;

    VerifyPage(CertificateService certificates, VerificationThrottle throttle) throws IOException {
        this.certificates = certificates;
        this.throttle = throttle;
        var css = new StringBuilder();
        for (String name : new String[] {"public-page.css", "portal.css"}) {
            css.append(new ClassPathResource("META-INF/resources/styles/" + name)
                    .getContentAsString(StandardCharsets.UTF_8)).append('\n');
        }
        this.styles = css.toString();
    }

    @GetMapping(value = "/verify/{code}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String code, HttpServletRequest request) {
        String base = request.getContextPath();
        var refused = throttle.refusal(request);
        if (refused.isPresent()) {
            return refused.get().contentType(HTML).body(html(base, problem("Too many checks from your connection. "
                    + "Please wait a minute and try again."), code));
        }
        return answer(base, code, certificates.verify(code));
    }

    /** The page's own form: a valid code goes to its address; anything else is answered here. */
    @GetMapping(value = LOOKUP, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> typed(@RequestParam(defaultValue = "") String code, HttpServletRequest request) {
        String base = request.getContextPath();
        var parsed = VerificationCode.parse(code);
        if (parsed.isPresent()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(base + "/verify/" + parsed.get().value())).build();
        }
        if (code.isBlank()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(base + "/verify")).build();
        }
        return answer(base, code, Optional.empty());
    }

    private ResponseEntity<String> answer(String base, String typed, Optional<Verification> found) {
        return ResponseEntity.status(found.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .contentType(HTML)
                .body(html(base, found.map(v -> card(base, v)).orElseGet(() -> problem("No certificate matches. "
                        + "Check the code (it has 14 letters and digits) or ask the practice.")),
                        found.map(Verification::code).orElse(typed)));
    }

    private static String card(String base, Verification v) {
        String facts = v.facts().stream().map(fact -> "<li>" + htmlEscape(fact) + "</li>")
                .collect(Collectors.joining("\n          "));
        String current = v.currentCode() == null ? "" : """
                <p>The current certificate is <a href="%s/verify/%s">%s</a>.</p>
                """.formatted(base, Verification.inAddress(v.currentCode()), htmlEscape(v.currentCode()));
        return """
                <section class="portal-card" id="verification-result" aria-labelledby="verification-kind">
                        <h2 id="verification-kind">%s</h2>
                        <p>Status: <span id="verification-status" class="portal-badge %s">%s</span>%s</p>
                        <ul>
                          %s
                        </ul>
                        %s<p><a href="%s/verify/%s/pdf">Open the certificate (PDF)</a></p>
                      </section>""".formatted(htmlEscape(v.kind().label()),
                v.status() == CertificateStatus.VALID ? "portal-badge-done" : "portal-badge-overdue",
                htmlEscape(v.status().label()), htmlEscape(v.since()), facts, current, base,
                Verification.inAddress(v.code()));
    }

    private static String problem(String text) {
        return "<p class=\"portal-error\" id=\"verification-not-found\">" + htmlEscape(text) + "</p>";
    }

    private String html(String base, String answer, String typed) {
        String value = typed.length() > 40 ? "" : typed;
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                  <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>%1$s</title>
                    <style>
                %5$s</style>
                  </head>
                  <body>
                    <a class="public-skip" href="#content">Skip to the answer</a>
                    <header class="public-header">
                      <a class="portal-brand" href="%2$s/">Safe Surgery portal</a>
                      <nav aria-label="Main">
                        <ul>
                          <li><a href="%2$s/directory">Find a Safe Surgery</a></li>
                          <li><a href="%2$s/verify" aria-current="page">Verify a certificate</a></li>
                          <li><a href="%2$s/login">Sign in</a></li>
                        </ul>
                      </nav>
                    </header>
                    <main id="content" class="portal-page">
                      <h1>Verify a certificate</h1>
                      %3$s
                      <h2>Check another certificate</h2>
                      <form class="public-form" method="get" action="%2$s/verify/lookup">
                        <label for="verification-code">Verification code</label>
                        <input id="verification-code" name="code" value="%4$s" autocomplete="off" spellcheck="false"
                               autocapitalize="characters" maxlength="40" aria-describedby="verification-code-help">
                        <p id="verification-code-help" class="public-help">Printed under the QR code, e.g.
                          7KQ3-M9TX-2HCP-4R</p>
                        <button type="submit">Check</button>
                      </form>
                      <p>Or <a href="%2$s/verify">upload a certificate's PDF file</a> to check it.</p>
                    </main>
                  </body>
                </html>
                """.formatted(htmlEscape(TITLE), base, answer, htmlEscape(value), styles);
    }
}
