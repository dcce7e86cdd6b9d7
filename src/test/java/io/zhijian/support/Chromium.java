package io.zhijian.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One headless Debian Chromium per test class ({@code @RegisterExtension static Chromium chromium = new Chromium()}),
 * driven by Selenium against the running test application. Without Chromium the class is skipped with the line
 * that installs it; under CI ({@code CI=true}) a missing browser fails instead. A failing test leaves a screenshot and
 * the page's HTML under {@code target/browser-failures/}.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {

    public static final String INSTALL = "apt-get install -y chromium chromium-driver fonts-noto-cjk";
    private static final Path BROWSER = Path.of(System.getenv().getOrDefault("ZHIJIAN_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("ZHIJIAN_CHROMEDRIVER", "/usr/bin/chromedriver"));
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private ChromeDriver driver;
    private Path profile;
    private String base;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        boolean found = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!found && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and no Chromium at " + BROWSER + " / " + DRIVER + ": " + INSTALL);
        }
        Assumptions.assumeTrue(found, "browser tests skipped: no Chromium at " + BROWSER + " / " + DRIVER
                + "; install it with: " + INSTALL);
        profile = Files.createTempDirectory("zhijian-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // The flags a closed network and a root user need (see the machine notes): no sandbox, no background traffic.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        base = "http://localhost:" + port;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (driver == null || context.getExecutionException().isEmpty()) {
            return;
        }
        Path dir = Path.of("target", "browser-failures");
        Files.createDirectories(dir);
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /**
     * Signs in through the sign-in form in the given UI language (the language cookie, as the header switch sets).
     * Other cookies stay, as in a browser someone signs in to again.
     */
    public void signIn(String username, String language) {
        open("/login");
        // Whoever was signed in before is not: the sign-in cookies go, the rest (language, exam browser) stays.
        driver.manage().deleteCookieNamed("zhijian-session");
        driver.manage().deleteCookieNamed("zhijian-signed-in");
        driver.manage().addCookie(new Cookie(io.zhijian.platform.Lang.COOKIE, language));
        open("/login");
        driver.findElement(By.name("j_username")).sendKeys(username);
        driver.findElement(By.name("j_password")).sendKeys(Api.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
    }

    public void viewport(Dimension size) {
        driver.manage().window().setSize(size);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text() {
        return find("body").getText();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Waits up to 15 s; an element htmx swapped out meanwhile is looked up again, not an error. */
    public <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /**
     * What the page wrote to the console at level SEVERE since the last call (script errors, refused resources),
     * except the status of the page itself: a refused form is answered 400 with the form, on purpose.
     */
    public List<String> consoleErrors() {
        String page = driver.getCurrentUrl() + " - Failed to load resource";
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.startsWith(page)).toList();
    }

    /** Asserts the page has no console error, nothing that scrolls sideways, and no serious or critical axe finding. */
    public void assertSound() {
        assertEquals(List.of(), consoleErrors(), "console errors on " + driver.getCurrentUrl());
        Number overflow = (Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(overflow.intValue() <= 0, "the page scrolls sideways by " + overflow + " px: " + driver.getCurrentUrl());
        Results results = new AxeBuilder().analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Chromium::describe).toList();
        assertEquals(List.of(), serious, "axe on " + driver.getCurrentUrl());
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream().limit(3)
                .map(n -> String.valueOf(n.getTarget())).toList();
    }

    /** Raw ISO instants and enum names are never shown. */
    public void assertNoInternals() {
        String body = text();
        Map<String, String> patterns = Map.of("an ISO instant", "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}", "an enum name",
                "\\b(IN_PROGRESS|SUBMITTED|SINGLE_CHOICE|MULTIPLE_CHOICE|TRUE_FALSE|PENDING|DISPUTED|ACKNOWLEDGED|DRAFT|PUBLISHED)\\b");
        patterns.forEach((what, regex) -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(body);
            if (m.find()) {
                org.junit.jupiter.api.Assertions.fail("the page shows " + what + " (" + m.group() + ") on "
                        + driver.getCurrentUrl());
            }
        });
    }
}
