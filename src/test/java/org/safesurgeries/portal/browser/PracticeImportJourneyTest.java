package org.safesurgeries.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.practice.EpraccurRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;


import static org.assertj.core.api.Assertions.assertThat;

/** The administrator uploads an epraccur file in the browser and reads what the import did. */
@RunningPortal
class PracticeImportJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_uploaded_file_is_imported_with_a_progress_bar_and_its_bad_line_reported() {
        byte[] file = EpraccurRows.file()
                .practice("K10001", "Kestrel Surgery", "LS14 6JD", "A")
                .practice("K1002", "Bad Code Surgery", "LS14 6JD", "A")
                .practice("K10003", "Kingfisher Practice", "BD3 9ST", "A")
                .bytes();
        try (var context = BrowserSupport.browser().newContext(); Page page = context.newPage()) {
            BrowserSupport.signIn(page, url("/login"), "admin@demo.safesurgery.example");
            page.navigate(url("/admin/practices/import"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("vaadin-progress-bar#import-progress").isHidden()).isTrue();

            page.locator("vaadin-upload input[type=file]").setInputFiles(
                    new FilePayload("epraccur.csv", "text/csv", file));

            page.locator("text=Import finished.").waitFor();
            assertThat(page.locator("[role=status]").first().textContent())
                    .contains("2 added").contains("1 rejected");
            assertThat(page.locator("vaadin-grid").textContent()).contains("one letter and five digits");
        }
        assertThat(jdbc.queryForObject("select count(*) from practice where ods_code in ('K10001', 'K10003')",
                Integer.class)).isEqualTo(2);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
