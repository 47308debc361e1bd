package org.safesurgeries.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practice manager logs three registrations and undoes one; the practice's figures show two. A trainer records a
 * failed check; a reviewer sees the practice needs follow-up.
 */
@RunningPortal
class TallyAndCheckJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void log_three_undo_one_then_a_failed_check_needs_follow_up() {
        long practice = jdbc.queryForObject("select id from practice where ods_code = 'Y90002'", Long.class);
        String month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(YearMonth.now().minusMonths(5));
        var browser = BrowserSupport.browser();
        try (var context = browser.newContext(); Page manager = context.newPage()) {
            try {
                BrowserSupport.signIn(manager, url("/login"), "manager@demo.safesurgery.example");
                manager.navigate(url("/tally/" + practice));
                manager.waitForLoadState(LoadState.NETWORKIDLE);
                manager.locator("vaadin-select").first().click();
                manager.locator("vaadin-select-item:has-text('" + month + "')").click();
                for (int i = 0; i < 3; i++) {
                    manager.locator("vaadin-checkbox:has-text('NHS number')").click();
                    manager.locator("vaadin-button:has-text('Log registration')").click();
                    manager.locator("vaadin-notification-card:has-text('Registration logged')").last().waitFor();
                }
                BrowserSupport.assertAccessible(manager, "tally page with its confirmation open");
                manager.locator("vaadin-notification-card vaadin-button:has-text('Undo')").last().click();
                manager.locator("text=Taken back.").waitFor();
                BrowserSupport.assertAccessible(manager, "registration tally page");

                var row = manager.locator("table.portal-table tr:has(th:text-is('" + month + "'))");
                assertThat(row.locator("td").first().textContent().strip()).as("logged in " + month).isEqualTo("2");
            } catch (RuntimeException | AssertionError e) {
                BrowserSupport.screenshot(manager, "tally-journey-manager");
                throw e;
            }
        }
        try (var context = browser.newContext(); Page trainer = context.newPage()) {
            BrowserSupport.signIn(trainer, url("/login"), "trainer@demo.safesurgery.example");
            trainer.navigate(url("/checks"));
            trainer.waitForLoadState(LoadState.NETWORKIDLE);
            trainer.locator("vaadin-combo-box input").first().fill("St Anne");
            trainer.locator("vaadin-combo-box-item:has-text(\"St Anne's Medical Practice\")").click();
            trainer.locator("vaadin-checkbox:has-text('No proof of address')").click();
            trainer.locator("vaadin-radio-button:has-text('Refused')").click();
            trainer.locator("vaadin-button:has-text('Record check')").click();
            trainer.locator("text=Check recorded").waitFor();
        }
        try (var context = browser.newContext(); Page reviewer = context.newPage()) {
            BrowserSupport.signIn(reviewer, url("/login"), "reviewer@demo.safesurgery.example");
            reviewer.navigate(url("/checks"));
            reviewer.locator("a:has-text(\"St Anne's Medical Practice (Y90002)\")").click();
            reviewer.locator("text=Needs follow-up").waitFor();
            BrowserSupport.assertAccessible(reviewer, "practice checks page");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
