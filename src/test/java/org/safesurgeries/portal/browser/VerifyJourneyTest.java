package org.safesurgeries.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor opens the link a demo certificate's QR code carries and sees "valid"; an admin revokes the
 * certificate; the visitor's page then says "revoked".
 */
@RunningPortal
class VerifyJourneyTest {

    static final String CODE = "TRA1N1NGDEM014";

    @LocalServerPort
    int port;

    @Test
    void a_visitor_sees_valid_an_admin_revokes_the_visitor_sees_revoked() {
        var browser = BrowserSupport.browser();
        try (var visitorContext = browser.newContext(); Page visitor = visitorContext.newPage();
             var adminContext = browser.newContext(); Page admin = adminContext.newPage()) {
            try {
                visitor.navigate(url("/verify/" + CODE));
                visitor.locator("#verification-status:has-text('Valid')").waitFor();
                assertThat(visitor.locator("#verification-result").textContent()).contains("Training attendance")
                        .contains("Amani Tesfaye").contains("TRA1-N1NG-DEM0-14");
                BrowserSupport.assertAccessible(visitor, "certificate verification page");

                BrowserSupport.signIn(admin, url("/login"), "admin@demo.safesurgery.example");
                admin.navigate(url("/certificates"));
                admin.waitForLoadState(LoadState.NETWORKIDLE);
                admin.locator("#certificate-search input").fill("TRA1-N1NG-DEM0-14");
                // The search runs after a pause in typing and redraws the rows: press only after that.
                admin.waitForTimeout(1000);
                admin.waitForLoadState(LoadState.NETWORKIDLE);
                // The grid may keep the row it showed before the search, hidden, for a moment.
                admin.locator("#revoke-TRA1-N1NG-DEM0-14 >> visible=true").first().click();
                admin.locator("vaadin-dialog-overlay vaadin-text-area textarea, vaadin-text-area textarea").last()
                        .fill("Issued to the wrong person.");
                admin.locator("vaadin-button:has-text('Revoke')").last().click();
                admin.locator("vaadin-notification-card:has-text('revoked')").waitFor();

                visitor.reload();
                visitor.locator("#verification-status:has-text('Revoked')").waitFor();
                assertThat(visitor.locator("#verification-result").textContent()).contains("since");
            } catch (RuntimeException | AssertionError e) {
                BrowserSupport.screenshot(visitor, "verify-journey-visitor");
                BrowserSupport.screenshot(admin, "verify-journey-admin");
                throw e;
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
