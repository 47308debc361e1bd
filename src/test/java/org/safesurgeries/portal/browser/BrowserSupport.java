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
    private static final String AXE_SCRIPT = "/axe.min.js";
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

    /** Saves what the page shows under target/screenshots, to see why a journey failed. */
    static void screenshot(Page page, String name) {
        try {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "screenshots", name + ".png")));
        } catch (RuntimeException ignored) {
            // A failing screenshot must not hide the failure that asked for it.
        }
    }

    /** Runs axe-core on the page: no serious or critical accessibility violations. */
    @SuppressWarnings("unchecked")
    static void assertAccessible(Page page, String what) {
        // A notification fading in or out is measured at part opacity: wait until its animation has finished.
        page.waitForFunction(
                "() => !document.querySelector('vaadin-notification-card[opening], vaadin-notification-card[closing]')");
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource()));
        var violations = (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                              + v.nodes.map(n => n.target.join(' ')).join(' | '));
                }
                """);
        org.assertj.core.api.Assertions.assertThat(violations)
                .as("serious or critical accessibility violations on the " + what).isEmpty();
    }

    private static String axeSource() {
        try (var in = BrowserSupport.class.getResourceAsStream(AXE_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath: " + AXE_SCRIPT);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
