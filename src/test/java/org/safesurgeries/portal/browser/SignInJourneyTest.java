package org.safesurgeries.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in as each demo role in headless Debian Chromium, and checks the landing and home pages with axe-core:
 * no serious or critical accessibility violations.
 */
@RunningPortal
class SignInJourneyTest {

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
            BrowserSupport.assertAccessible(page, "landing page");

            BrowserSupport.signIn(page, url("/login"), email);

            page.navigate(url("/home"));
            waitForVaadin(page);
            page.locator("h2:has-text('" + homeHeading + "')").waitFor();
            assertThat(page.locator("h1").first().textContent()).startsWith("Welcome, ");
            BrowserSupport.assertAccessible(page, "home page of " + email);
        }
    }

    @org.junit.jupiter.api.Test
    void signing_in_gives_a_new_session_id_and_signing_out_ends_the_session() {
        try (var context = BrowserSupport.browser().newContext(); Page page = context.newPage()) {
            page.navigate(url("/login"));
            waitForVaadin(page);
            String before = sessionId(context);
            BrowserSupport.signIn(page, url("/login"), "trainer@demo.safesurgery.example");
            String after = sessionId(context);
            assertThat(after).as("session fixation: the id an attacker could have planted is dropped")
                    .isNotNull().isNotEqualTo(before);

            page.navigate(url("/home"));
            waitForVaadin(page);
            page.locator("vaadin-button:has-text('Sign out')").click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/(login)?$"));
            page.navigate(url("/home"));
            page.waitForURL(java.util.regex.Pattern.compile(".*/login.*"));
        }
    }

    private static String sessionId(com.microsoft.playwright.BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst()
                .orElse(null);
    }

    private void waitForVaadin(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("h1").first().waitFor();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
