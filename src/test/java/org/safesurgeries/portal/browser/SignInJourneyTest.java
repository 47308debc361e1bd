package org.safesurgeries.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in as each demo role in headless Debian Chromium, and checks the landing and home pages with axe-core:
 * no serious or critical accessibility violations.
 */
@RunningPortal
class SignInJourneyTest {

    private static final String AXE_SCRIPT = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "manager@demo.safesurgery.example, Your practices",
            "trainer@demo.safesurgery.example, The network",
            "reviewer@demo.safesurgery.example, The network",
            "admin@demo.safesurgery.example, The portal at a glance"
    })
    void each_demo_role_signs_in_and_its_pages_are_accessible(String email, String homeHeading) {
        try (var context = BrowserSupport.browser().newContext(); Page page = context.newPage()) {
            page.navigate(url("/"));
            waitForVaadin(page);
            assertThat(page.locator("h1").first().textContent()).contains("Everyone can register with a GP");
            assertNoSeriousViolations(page, "landing page");

            BrowserSupport.signIn(page, url("/login"), email);

            page.navigate(url("/home"));
            waitForVaadin(page);
            page.locator("h2:has-text('" + homeHeading + "')").waitFor();
            assertThat(page.locator("h1").first().textContent()).startsWith("Welcome, ");
            assertNoSeriousViolations(page, "home page of " + email);
        }
    }

    private void waitForVaadin(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("h1").first().waitFor();
    }

    @SuppressWarnings("unchecked")
    private static void assertNoSeriousViolations(Page page, String what) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource()));
        var violations = (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(' | '));
                }
                """);
        assertThat(violations).as("serious or critical accessibility violations on the " + what).isEmpty();
    }

    private static String axeSource() {
        try (var in = SignInJourneyTest.class.getResourceAsStream(AXE_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath: " + AXE_SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
