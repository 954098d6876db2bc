package org.socialprescribing.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, with what every screen of the web app is
 * checked for: no serious or critical axe-core violation, nothing wider than a 320 px screen, and a
 * full-page screenshot kept under target/webapp-screenshots.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "webapp-screenshots");
    private static final Path AXE = Path.of("src/main/webapp/node_modules/axe-core/axe.min.js");
    private static final Duration WAIT = Duration.ofSeconds(60);

    static {
        // Selenium looks for a DevTools binding of this Chromium version; the tests use none.
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder")
                .setLevel(java.util.logging.Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String app;
    private final Path profile;

    Browser(String app) {
        this.app = app;
        try {
            this.profile = Files.createTempDirectory("sp-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("SP_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=en-GB",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                Path.of(executable("SP_CHROMEDRIVER", "/usr/bin/chromedriver"))
                                        .toFile())
                        .usingAnyFreePort()
                        .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, WAIT);
    }

    private static String executable(String variable, String fallback) {
        String path = System.getenv(variable);
        return path == null || path.isBlank() ? fallback : path;
    }

    // --- logging in and out --------------------------------------------------------------------

    /** Opens an address of the app and logs in on Keycloak's own login page. */
    void logInAt(String path, String username) {
        driver.get(app + path);
        logInOnKeycloak(username);
    }

    void logInOnKeycloak(String username) {
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.id("username")));
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        screenReady();
    }

    /** Logs out through the app: the Keycloak session ends, so the login page asks again. */
    void logOut() {
        driver.findElement(By.id("log-out")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("username")));
    }

    // --- waiting ---------------------------------------------------------------------------------

    /** Waits until the app shows a screen (its heading, no progress line). */
    void screenReady() {
        wait.until(
                d ->
                        (Boolean)
                                js(
                                        "return location.origin === arguments[0]"
                                                + " && !!document.querySelector('main h1')"
                                                + " && !document.querySelector('main .app-progress')",
                                        origin()));
    }

    /** Waits for the next screen after an action: its heading differs or a message appeared. */
    void waitFor(String css) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        screenReady();
    }

    void waitUntil(String script, Object... args) {
        wait.until(d -> Boolean.TRUE.equals(js(script, args)));
    }

    private String origin() {
        return app.replaceAll("(https?://[^/]+).*", "$1");
    }

    // --- reading and acting ----------------------------------------------------------------------

    String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    String path() {
        return (String) js("return location.pathname");
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    String mainText() {
        return text("main");
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks an element; a radio or check box is clicked on its label, as a user does (NHS.UK
     * styles draw the box on the label and hide the input itself).
     */
    void click(String css) {
        WebElement element =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        String type = element.getAttribute("type");
        if ("radio".equals(type) || "checkbox".equals(type)) {
            element =
                    driver.findElement(
                            By.cssSelector("label[for='" + element.getAttribute("id") + "']"));
        }
        WebElement target = wait.until(ExpectedConditions.elementToBeClickable(element));
        js("arguments[0].scrollIntoView({block: 'center'})", target);
        target.click();
    }

    void clickLink(String text) {
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
        js("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
    }

    void choose(String selectId, String visibleText) {
        new Select(driver.findElement(By.id(selectId))).selectByVisibleText(visibleText);
    }

    void go(String path) {
        driver.get(app + path);
        screenReady();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The text of a cell: the table by its caption, the row by its heading, the column from 0. */
    String tableCell(String caption, String rowHeading, int column) {
        return (String)
                js(
                        "const table = [...document.querySelectorAll('table')].find(t =>"
                                + " t.caption && t.caption.textContent.trim() === arguments[0]);"
                                + " const row = table && [...table.tBodies[0].rows].find(r =>"
                                + " r.cells[0].textContent.trim() === arguments[1]);"
                                + " return row ? row.cells[arguments[2]].innerText.trim() : null",
                        caption,
                        rowHeading,
                        column);
    }

    List<String> errorSummary() {
        return driver.findElements(By.cssSelector(".nhsuk-error-summary li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    // --- keyboard only ---------------------------------------------------------------------------

    /**
     * Presses Tab until the focused element matches the selector (as a keyboard user moves through
     * the page), failing if it is not reached within the given number of presses.
     */
    void tabTo(String css, int maxPresses) {
        for (int i = 0; i < maxPresses; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (Boolean.TRUE.equals(
                    js("return document.activeElement.matches(arguments[0])", css))) {
                return;
            }
        }
        fail("Tab never reached " + css + " within " + maxPresses + " presses");
    }

    /**
     * In a radio group, presses the down arrow (which moves to and checks the next radio) until the
     * focused radio matches the selector; the first radio, focused by Tab, is checked with Space.
     */
    void arrowTo(String css, int maxPresses) {
        press(Keys.SPACE);
        for (int i = 0; i < maxPresses; i++) {
            if (Boolean.TRUE.equals(
                    js("return document.activeElement.matches(arguments[0])", css))) {
                return;
            }
            press(Keys.ARROW_DOWN);
        }
        fail("the arrow keys never reached " + css + " within " + maxPresses + " presses");
    }

    void press(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    String focused() {
        return (String)
                js(
                        "const e = document.activeElement;"
                                + " return e.id || e.getAttribute('href') || e.tagName");
    }

    // --- the checks every screen passes ---------------------------------------------------------

    /**
     * Checks the screen on show: no serious or critical axe-core violation, no horizontal scrolling
     * at 320 px, and a full-page screenshot (and one at 320 px) kept as a build artefact.
     */
    void checkScreen(String name) {
        screenReady();
        waitUntil(
                "return [...document.querySelectorAll('figure.app-chart')].every(f =>"
                        + " f.dataset.drawn)");
        assertNoSeriousAccessibilityViolations(name);
        screenshot(name);
        atWidth(
                320,
                () -> {
                    Number overflow =
                            (Number)
                                    js(
                                            "return document.documentElement.scrollWidth -"
                                                    + " document.documentElement.clientWidth");
                    assertEquals(
                            0,
                            overflow.intValue(),
                            name + " is wider than a 320 px screen: " + widest());
                    screenshot(name + "-320px");
                });
    }

    @SuppressWarnings("unchecked")
    private void assertNoSeriousAccessibilityViolations(String name) {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
            js(axeSource());
        }
        String violations =
                (String)
                        ((JavascriptExecutor) driver)
                                .executeAsyncScript(
                                        "const done = arguments[arguments.length - 1];"
                                                + " axe.run(document, {resultTypes:"
                                                + " ['violations']}).then(r => done(JSON.stringify("
                                                + "r.violations.filter(v => v.impact === 'serious'"
                                                + " || v.impact === 'critical').map(v => ({id:"
                                                + " v.id, impact: v.impact, help: v.help, nodes:"
                                                + " v.nodes.slice(0, 5).map(n =>"
                                                + " n.target.join(' '))})))))"
                                                + ".catch(e => done('axe failed: ' + e));");
        assertEquals("[]", violations, name + ": serious or critical accessibility violations");
    }

    private static String axeSource() {
        try {
            return Files.readString(AXE);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "axe-core is installed with the web app's npm packages (" + AXE + ")", e);
        }
    }

    /** What sticks out, for a failure message. */
    private String widest() {
        return (String)
                js(
                        "const w = document.documentElement.clientWidth; return"
                                + " [...document.querySelectorAll('body *')].filter(e =>"
                                + " e.getBoundingClientRect().right > w + 1).slice(-3).map(e =>"
                                + " e.tagName + '.' + e.className + ' ' +"
                                + " Math.round(e.getBoundingClientRect().right)).join(', ')");
    }

    private void atWidth(int width, Runnable check) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            waitUntil("return document.documentElement.clientWidth <= arguments[0]", width);
            // Two frames: the page's own resize handlers (the NHS.UK header's menu) have run.
            ((JavascriptExecutor) driver)
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + " requestAnimationFrame(() => requestAnimationFrame(done));");
            check.run();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    void screenshot(String name) {
        Map<String, Object> shot =
                driver.executeCdpCommand(
                        "Page.captureScreenshot",
                        Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void assertShows(String expected) {
        assertTrue(
                mainText().contains(expected),
                () ->
                        "expected the screen to show \""
                                + expected
                                + "\" but it shows:\n"
                                + mainText());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary profile left behind is harmless.
        }
    }
}
