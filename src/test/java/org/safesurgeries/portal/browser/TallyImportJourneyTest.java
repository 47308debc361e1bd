package org.safesurgeries.portal.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practice manager downloads the template, uploads a file with a mistake and sees it named by line and column,
 * uploads the corrected file and downloads the practice's figures with the new rows in them. A trainer opens the
 * network dashboard.
 */
@RunningPortal
class TallyImportJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void import_a_corrected_file_and_export_the_figures() throws IOException {
        long practice = jdbc.queryForObject("select id from practice where ods_code = 'Y90001'", Long.class);
        String month = YearMonth.now().minusMonths(7).toString();
        String header = "month,registration_type,no_photo_id,no_proof_of_address,no_immigration_documents,"
                + "no_nhs_number,interpreter_language,outcome,refusal_reason,count\n";
        var browser = BrowserSupport.browser();
        try (var context = browser.newContext(); Page manager = context.newPage()) {
            try {
                BrowserSupport.signIn(manager, url("/login"), "manager@demo.safesurgery.example");
                manager.navigate(url("/tally/" + practice));
                manager.waitForLoadState(LoadState.NETWORKIDLE);
                manager.locator("vaadin-details-summary:has-text('Import a file')").click();

                Download template = manager.waitForDownload(() -> manager.locator("a:has-text('Download the template')")
                        .click());
                assertThat(Files.readString(template.path())).startsWith("\"month\",\"registration_type\"");

                upload(manager, header + month + ",immediately_necessary,no,no,yes,no,ti,registered,,11\n"
                        + month + ",permanent,no,no,yes,no,Tigrinya,registered,,3\n");
                var problems = manager.locator("#tally-import-problems");
                problems.waitFor();
                assertThat(problems.textContent()).contains("interpreter_language", "ti for Tigrinya");
                BrowserSupport.assertAccessible(manager, "tally import with a problem report");

                upload(manager, header + month + ",immediately_necessary,no,no,yes,no,ti,registered,,11\n"
                        + month + ",permanent,no,no,yes,no,ti,registered,,3\n");
                manager.locator("text=Imported 2 rows: 14 registrations added").waitFor();
                assertThat(manager.locator("#tally-import-progress").isVisible()).isTrue();

                Download export = manager.waitForDownload(() -> manager.locator("#tally-export").click());
                assertThat(Files.readString(export.path(), StandardCharsets.UTF_8))
                        .contains("\"" + month + "\",\"immediately_necessary\",\"no\",\"no\",\"yes\",\"no\",\"ti\","
                                + "\"registered\",\"\",\"11\"");
            } catch (RuntimeException | AssertionError e) {
                BrowserSupport.screenshot(manager, "tally-import-journey");
                throw e;
            }
        }
        try (var context = browser.newContext(); Page trainer = context.newPage()) {
            BrowserSupport.signIn(trainer, url("/login"), "trainer@demo.safesurgery.example");
            trainer.navigate(url("/network/registrations"));
            trainer.locator("table.portal-table").waitFor();
            BrowserSupport.assertAccessible(trainer, "network registrations dashboard");
            BrowserSupport.screenshot(trainer, "network-registrations");
        }
    }

    private static void upload(Page page, String csv) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("figures.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
