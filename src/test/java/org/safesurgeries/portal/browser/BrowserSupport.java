package org.safesurgeries.portal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One headless Debian Chromium for all browser tests of a run (Playwright never downloads a browser here), closed
 * when the test JVM ends.
 */
final class BrowserSupport {

    static final String DEMO_PASSWORD = "safe-surgery-demo";
    private static Browser browser;

    private BrowserSupport() {
    }

    static synchronized Browser browser() {
        if (browser == null) {
            var playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("portal.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** Signs in through the real login form and waits until the portal has moved away from it. */
    static void signIn(Page page, String loginUrl, String email) {
        page.navigate(loginUrl);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("vaadin-login-form input[name='username']").fill(email);
        page.locator("vaadin-login-form input[name='password']").fill(DEMO_PASSWORD);
        page.locator("vaadin-button:has-text('Log in')").click();
        page.waitForURL(Pattern.compile("^(?!.*/login).*$"));
    }
}
