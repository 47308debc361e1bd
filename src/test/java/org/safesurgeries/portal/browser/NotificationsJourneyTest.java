package org.safesurgeries.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo practice manager sees the bell's unread count, opens it to read the notice, and the count goes; the
 * notifications page and the open bell pass the accessibility check.
 */
@RunningPortal
class NotificationsJourneyTest {

    static final String MANAGER = "manager@demo.safesurgery.example";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_manager_reads_a_notice_from_the_bell_and_the_unread_count_goes() {
        long account = jdbc.queryForObject("select id from user_account where email = ?", Long.class, MANAGER);
        jdbc.update("update notice set read_at = now(6) where account_id = ?", account);
        jdbc.update("""
                insert into notice (account_id, kind, title, body, link, dedup_key, created_at)
                values (?, 'REFRESHER_DUE', 'Safe Surgeries refresher training is due at Riverside Health Centre',
                        'The most recent training was two years ago.', 'training/practice', ?, now(6))
                """, account, "journey-" + System.nanoTime());

        var browser = BrowserSupport.browser();
        try (var context = browser.newContext(); Page page = context.newPage()) {
            try {
                BrowserSupport.signIn(page, url("/login"), MANAGER);
                var bell = page.locator("#notice-bell");
                bell.waitFor();
                assertThat(bell.getAttribute("aria-label")).isEqualTo("Notifications, 1 unread");
                assertThat(page.locator(".portal-bell-badge").textContent()).isEqualTo("1");

                bell.click();
                page.locator("vaadin-popover-overlay a:has-text('refresher training is due'), "
                        + "vaadin-popover a:has-text('refresher training is due')").first().waitFor();
                page.waitForLoadState(LoadState.NETWORKIDLE);
                page.waitForCondition(() -> "Notifications, none unread".equals(bell.getAttribute("aria-label")));
                BrowserSupport.assertAccessible(page, "the open notification bell");
                page.keyboard().press("Escape");

                page.navigate(url("/notifications"));
                page.locator("h1:has-text('Notifications')").waitFor();
                page.locator("vaadin-checkbox#email-refresher-due").waitFor();
                BrowserSupport.assertAccessible(page, "notifications and email settings");
                assertThat(jdbc.queryForObject("select count(*) from notice where account_id = ? and read_at is null",
                        Integer.class, account)).isZero();
            } catch (RuntimeException | AssertionError e) {
                BrowserSupport.screenshot(page, "notifications-journey");
                throw e;
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
