package org.safesurgeries.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo trainer records a session for the demo practice with three reception staff; the practice manager sees
 * reception coverage rise and the date the refresher is due.
 */
@RunningPortal
class TrainingJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_trainers_session_raises_the_practices_reception_coverage() {
        long practice = jdbc.queryForObject("select id from practice where ods_code = 'Y90002'", Long.class);
        var browser = BrowserSupport.browser();
        try (var context = browser.newContext(); Page manager = context.newPage()) {
            BrowserSupport.signIn(manager, url("/login"), "manager@demo.safesurgery.example");
            manager.navigate(url("/training/practice/" + practice));
            assertThat(reception(manager)).startsWith("Reception and admin: 0 of 8 trained (0%). Never trained.");
        }
        try (var context = browser.newContext(); Page trainer = context.newPage()) {
            try {
                BrowserSupport.signIn(trainer, url("/login"), "trainer@demo.safesurgery.example");
                trainer.navigate(url("/training/session?practice=" + practice));
                trainer.waitForLoadState(LoadState.NETWORKIDLE);
                trainer.locator("vaadin-checkbox:has-text('Registration without documents')").click();
                trainer.locator("vaadin-integer-field:has(label:text-is('Reception and admin')) input").fill("3");
                BrowserSupport.assertAccessible(trainer, "training session form");
                trainer.locator("vaadin-button:has-text('Record session')").click();
                trainer.waitForURL(url("/training"));
                trainer.locator("text=St Anne's Medical Practice (Y90002)").first().waitFor();
                BrowserSupport.assertAccessible(trainer, "trainer's sessions and dashboard");
            } catch (RuntimeException | AssertionError e) {
                BrowserSupport.screenshot(trainer, "training-journey-trainer");
                throw e;
            }
        }
        try (var context = browser.newContext(); Page manager = context.newPage()) {
            BrowserSupport.signIn(manager, url("/login"), "manager@demo.safesurgery.example");
            manager.navigate(url("/training/practice/" + practice));
            String due = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now().plusMonths(24));
            assertThat(reception(manager)).startsWith("Reception and admin: 3 of 8 trained (38%). Refresher due "
                    + due + ".");
            manager.locator("text=Verified · Doctors of the World trainer").first().waitFor();
            BrowserSupport.assertAccessible(manager, "practice training page");
            BrowserSupport.screenshot(manager, "practice-training");
        }
    }

    private static String reception(Page page) {
        var item = page.locator("li:has-text('Reception and admin:')").first();
        item.waitFor();
        return item.textContent().strip();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
