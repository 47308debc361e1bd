package org.safesurgeries.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor opens the link a demo certificate's QR code carries and sees "valid", checks another code with the page's
 * form, and finds the upload; an admin revokes the certificate; the visitor's page then says "revoked" at once, although
 * the portal keeps verification answers for a few seconds.
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
                assertThat(visitor.content()).as("the page a scan opens is plain HTML, no Vaadin")
                        .doesNotContain("<script");
                BrowserSupport.assertAccessible(visitor, "certificate verification page");

                // Another code, typed in the page's own form and sent with the keyboard.
                visitor.locator("#verification-code").fill("safe svrg ery2 69");
                visitor.locator("#verification-code").press("Enter");
                visitor.waitForURL("**/verify/SAFESVRGERY269");
                assertThat(visitor.locator("#verification-result").textContent()).contains("Safe Surgery declaration");
                visitor.locator("#verification-code").fill("not a code");
                visitor.locator("button:has-text('Check')").click();
                visitor.locator("#verification-not-found").waitFor();
                BrowserSupport.assertAccessible(visitor, "certificate verification page, not found");
                // The full verification page, with the upload, is the portal's own view.
                visitor.locator("a:has-text('upload a certificate')").click();
                visitor.locator("#verify-upload").waitFor();
                visitor.navigate(url("/verify/" + CODE));

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
