package org.safesurgeries.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo manager declares St Anne's Medical Practice (Y90002, E9 7PX); a visitor finds it by postcode district and
 * by language; the manager withdraws; it is gone from the directory and the JSON.
 */
@RunningPortal
class DeclareAndFindJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void declare_find_withdraw_gone() throws Exception {
        long practice = jdbc.queryForObject("select id from practice where ods_code = 'Y90002'", Long.class);
        var browser = BrowserSupport.browser();
        try (var managerContext = browser.newContext(); Page manager = managerContext.newPage();
             var visitorContext = browser.newContext(); Page visitor = visitorContext.newPage()) {
            try {
                journey(practice, manager, visitor);
            } catch (RuntimeException | AssertionError e) {
                BrowserSupport.screenshot(manager, "declare-journey-manager");
                BrowserSupport.screenshot(visitor, "declare-journey-visitor");
                throw e;
            }
        }
    }

    private void journey(long practice, Page manager, Page visitor) throws Exception {
        {
            BrowserSupport.signIn(manager, url("/login"), "manager@demo.safesurgery.example");
            manager.navigate(url("/declaration/" + practice));
            manager.waitForLoadState(LoadState.NETWORKIDLE);
            manager.locator("vaadin-button:has-text('Start the declaration')").click();

            var inPlace = manager.locator("vaadin-radio-button:has-text('In place')");
            inPlace.first().waitFor();
            assertThat(manager.locator("#declaration-blocking").textContent()).contains("Step 1");
            for (int i = 0; i < 7; i++) {
                inPlace.nth(i).click();
            }
            var languages = manager.locator("vaadin-multi-select-combo-box input");
            languages.fill("Tigrinya");
            manager.locator("vaadin-multi-select-combo-box-item:has-text('Tigrinya (ti)')").click();
            manager.keyboard().press("Escape");
            manager.locator("vaadin-radio-button:has-text('By telephone and in person')").click();
            manager.locator("vaadin-radio-button:has-text('Yes')").click();
            manager.locator("vaadin-checkbox:has-text('Walk in')").click();
            manager.getByLabel("Your full name").fill("Priya Patel");
            manager.getByLabel("Your role at the practice").fill("Practice Manager");
            manager.locator("vaadin-button:has-text('Sign and declare')").click();
            manager.locator("text=Version 1 · Declared").waitFor();

            visitor.navigate(url("/directory?postcodeDistrict=E9"));
            visitor.locator("a:has-text(\"St Anne's Medical Practice\")").waitFor();
            BrowserSupport.assertAccessible(visitor, "directory search");
            // The region's choices are read when the list is opened.
            String region = jdbc.queryForObject("select r.name from practice p join nhs_region r "
                    + "on r.code = p.region_code where p.ods_code = 'Y90002'", String.class);
            visitor.navigate(url("/directory"));
            visitor.locator("vaadin-combo-box:has(label:text-is('NHS region')) input").fill(region.substring(0, 3));
            visitor.locator("vaadin-combo-box-item:text-is('" + region + "')").click();
            visitor.getByLabel("Practice name or town").fill("St Anne");
            visitor.locator("vaadin-button:has-text('Search')").click();
            visitor.locator("a:has-text(\"St Anne's Medical Practice\")").waitFor();
            visitor.navigate(url("/directory?language=ti"));
            visitor.locator("a:has-text(\"St Anne's Medical Practice\")").click();
            visitor.locator("h1:has-text(\"St Anne's Medical Practice\")").waitFor();
            assertThat(visitor.locator("body").textContent()).contains("Tigrinya").contains("Walk in");
            BrowserSupport.assertAccessible(visitor, "practice's public page");
            assertThat(directoryJson("E9")).contains("\"Y90002\"");

            manager.locator("vaadin-button:has-text('Withdraw the declaration')").click();
            manager.locator("vaadin-confirm-dialog-overlay vaadin-text-area textarea, vaadin-text-area textarea")
                    .last().fill("The practice list is closed while we merge.");
            manager.locator("vaadin-button:has-text('Withdraw')").last().click();
            manager.locator("text=Withdrawn on").waitFor();

            visitor.navigate(url("/directory?postcodeDistrict=E9"));
            visitor.locator("text=No Safe Surgery matches this search").waitFor();
            assertThat(directoryJson("E9")).contains("\"totalItems\":0");
            visitor.navigate(url("/directory/Y90002"));
            visitor.getByRole(AriaRole.HEADING).first().waitFor();
            assertThat(visitor.locator("h1").textContent()).contains("not in the Safe Surgery directory");
        }
    }

    private String directoryJson(String district) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/directory?postcodeDistrict=" + district))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
