package org.safesurgeries.portal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.award.HostileFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The award with the demo users in a real browser: the manager applies for Riverside Health Centre (Y90001), two
 * reviewers assess, the lead asks for changes, the practice resubmits, the panel awards, and the directory shows
 * the "Surgery of Sanctuary" badge.
 */
@RunningPortal
class AwardJourneyTest {

    static final String MANAGER = "manager@demo.safesurgery.example";
    static final String LEAD = "reviewer@demo.safesurgery.example";
    static final String LIVED = "reviewer2@demo.safesurgery.example";
    // Two criteria in each section: Learn 1–3, Embed 4–7, Share 8–10.
    static final int[] ANSWERED = {0, 1, 3, 4, 7, 8};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void apply_assess_request_changes_resubmit_award_and_the_directory_shows_the_badge() {
        long practice = jdbc.queryForObject("select id from practice where ods_code = 'Y90001'", Long.class);
        var browser = BrowserSupport.browser();
        as(browser, MANAGER, "award-journey-apply", page -> apply(page, practice));
        long id = jdbc.queryForObject("select id from award_application where practice_id = ? and status = 'SUBMITTED'",
                Long.class, practice);
        as(browser, LEAD, "award-journey-lead-assesses", page -> {
            openFromQueue(page, id);
            assess(page, id, 0, true);
        });
        as(browser, LIVED, "award-journey-lived-assesses", page -> assess(page, id, 1, true));
        as(browser, LEAD, "award-journey-changes", page -> {
            page.navigate(url("/reviews/" + id));
            page.locator("text=The panel's assessments").first().waitFor();
            BrowserSupport.assertAccessible(page, "review page with the panel's assessments");
            decide(page, id, "Request changes", "Please tell us more about how staff learned.",
                    "Add the dates of the sessions and who attended, by role.", "CHANGES_REQUESTED");
        });
        as(browser, MANAGER, "award-journey-resubmit", page -> resubmit(page, id));
        as(browser, LEAD, "award-journey-round-two", page -> {
            page.navigate(url("/reviews/" + id));
            page.locator("#start-review").click();
            page.locator("#submit-assessment").waitFor();
            rateAll(page, 0);
            submitAssessment(page);
        });
        as(browser, LIVED, "award-journey-lived-round-two", page -> assess(page, id, 0, false));
        as(browser, LEAD, "award-journey-award", page -> {
            page.navigate(url("/reviews/" + id));
            decide(page, id, "Award", "Staff across the practice are trained and registration is open to all.", null,
                    "AWARDED");
        });
        assertThat(jdbc.queryForObject("select status from award_application where id = ?", String.class, id))
                .isEqualTo("AWARDED");
        try (var context = browser.newContext(); Page visitor = context.newPage()) {
            visitor.navigate(url("/directory/Y90001"));
            visitor.locator(".portal-badge-sanctuary:has-text('Surgery of Sanctuary')").waitFor();
            BrowserSupport.assertAccessible(visitor, "practice page with the Surgery of Sanctuary badge");
        }
    }

    private void apply(Page page, long practice) {
        page.navigate(url("/award/" + practice));
        page.locator("#start-application").click();
        confirm(page);
        page.locator("#application-status:has-text('Draft')").waitFor();
        var narratives = page.locator("vaadin-text-area:has(label:text-is('What your practice does')) textarea");
        var uploads = page.locator("vaadin-upload input[type=file]");
        for (int i = 0; i < ANSWERED.length; i++) {
            int criterion = ANSWERED[i];
            narratives.nth(criterion).fill("What we do for criterion " + (criterion + 1) + ": the whole team took part.");
            uploads.nth(criterion).setInputFiles(new FilePayload("evidence-" + (criterion + 1) + ".pdf",
                    "application/pdf", HostileFiles.goodPdf()));
            int attached = i + 1;
            page.waitForCondition(() -> page.locator("a:has-text('(PDF, ')").count() == attached);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from award_response r "
                + "join award_application a on a.id = r.application_id where a.practice_id = ? and a.status = 'DRAFT' "
                + "and r.narrative <> ''", Integer.class, practice) == ANSWERED.length);
        page.locator("text=Progress: 100%").waitFor();
        BrowserSupport.assertAccessible(page, "award application form");
        page.locator("#accuracy-declaration").click();
        page.locator("#submit-application").click();
        confirm(page);
        page.locator("#application-status:has-text('Submitted')").waitFor();
    }

    /** The lead finds the application in the review queue (longest waiting first, so it is the last row). */
    private void openFromQueue(Page page, long id) {
        page.navigate(url("/reviews"));
        page.waitForFunction("() => document.querySelector('vaadin-grid')?.size > 0");
        BrowserSupport.assertAccessible(page, "review queue");
        page.locator("vaadin-grid").evaluate("grid => grid.scrollToIndex(grid.size - 1)");
        var link = page.locator("vaadin-grid a[href='reviews/" + id + "']");
        assertThat(link.textContent()).isEqualTo("Riverside Health Centre");
        assertThat(page.locator("vaadin-grid-cell-content span:text-is('0 days')").count()).isPositive();
        link.click();
        page.waitForURL("**/reviews/" + id);
        page.locator("text=Before you read the application").waitFor();
    }

    private void assess(Page page, long id, int rating, boolean join) {
        page.navigate(url("/reviews/" + id));
        if (join) {
            page.locator("#declare-no-conflict").click();
            page.locator("#join-panel").click();
        }
        page.locator("#submit-assessment").waitFor();
        rateAll(page, rating);
        submitAssessment(page);
    }

    private static void rateAll(Page page, int rating) {
        var groups = page.locator("vaadin-radio-group:not(#decision-outcome)");
        for (int i = 0; i < groups.count(); i++) {
            groups.nth(i).locator("vaadin-radio-button").nth(rating).click();
        }
    }

    private static void submitAssessment(Page page) {
        page.locator("#submit-assessment").click();
        confirm(page);
        page.locator("text=You submitted your assessment").waitFor();
    }

    private void decide(Page page, long id, String outcome, String rationale, String changeForFirst,
                        String expectedStatus) {
        page.locator("#decision-outcome vaadin-radio-button:has-text('" + outcome + "')").first().click();
        page.locator("#decision-rationale textarea").fill(rationale);
        if (changeForFirst != null) {
            page.locator("vaadin-text-area:has(label:text-is('Staff learn what it means to seek sanctuary')) textarea")
                    .last().fill(changeForFirst);
        }
        page.locator("#record-decision").click();
        confirm(page);
        // "Earlier decisions" may already be on the page from round 1: wait for the decision itself.
        await().atMost(Duration.ofSeconds(30)).until(() -> expectedStatus.equals(jdbc.queryForObject(
                "select status from award_application where id = ?", String.class, id)));
        page.locator("text=Earlier decisions").waitFor();
    }

    private void resubmit(Page page, long id) {
        page.navigate(url("/award/application/" + id));
        page.locator("text=Add the dates of the sessions and who attended, by role.").waitFor();
        page.locator("vaadin-text-area:has(label:text-is('What your practice does')) textarea").first()
                .fill("All 8 reception staff attended on 3 March; 10 clinicians on 17 April.");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from award_response "
                + "where application_id = ? and narrative like 'All 8 reception%'", Integer.class, id) == 1);
        page.locator("#accuracy-declaration").click();
        page.locator("#submit-application").click();
        confirm(page);
        page.locator("#application-status:has-text('Submitted')").waitFor();
    }

    private static void confirm(Page page) {
        page.locator("vaadin-button[slot='confirm-button']:visible").last().click();
    }

    private void as(Browser browser, String email, String screenshot, Consumer<Page> steps) {
        try (var context = browser.newContext(); Page page = context.newPage()) {
            try {
                BrowserSupport.signIn(page, url("/login"), email);
                page.waitForLoadState(LoadState.NETWORKIDLE);
                steps.accept(page);
            } catch (RuntimeException | AssertionError e) {
                BrowserSupport.screenshot(page, screenshot);
                throw e;
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
