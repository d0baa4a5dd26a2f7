package org.newsgraph.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system's packages ({@code apt-get install chromium chromium-driver}), one profile per
 * person: nothing is downloaded, and no cookie passes from one person to the next.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("newsgraph.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("newsgraph.chromedriver", "/usr/bin/chromedriver");

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);

    final ChromeDriver driver;
    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        for (String program : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(program).canExecute()) {
                throw new IllegalStateException(program + " is missing: apt-get install -y chromium chromium-driver (as .ci/run does)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .withLogFile(new File("target/chromedriver.log")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(DESKTOP);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Signs in at Keycloak's form, from the app's sign-in page, and waits for the search page. */
    void signIn(String username) {
        open("/");
        await(By.id("sign-in")).click();
        await(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username);
        driver.findElement(By.id("kc-login")).click();
        await(By.id("signed-in-as"));
    }

    WebElement await(By locator) {
        return waiting(Duration.ofSeconds(15)).until(page -> {
            try {
                return ExpectedConditions.visibilityOfElementLocated(locator).apply(page);
            } catch (WebDriverException e) {
                // A page that renders again can take the element away between finding it and asking whether it
                // shows; Chrome then answers "does not belong to the document" rather than a stale element.
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** Waits until the element shows the text, looking it up again each time, as a page rendered again replaces it. */
    void awaitText(By locator, String text) {
        waiting(Duration.ofSeconds(15)).until(ExpectedConditions.textToBe(locator, text));
    }

    WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100));
    }

    /** The whole page, as wide as a desktop's window, into target/screenshots/NAME.png. */
    void screenshot(String name) {
        // The window's height holds the browser's own bars too.
        long height = (Long) driver.executeScript(
                "return Math.ceil(document.documentElement.scrollHeight + window.outerHeight - window.innerHeight)");
        driver.manage().window().setSize(new Dimension(DESKTOP.width, (int) Math.min(Math.max(height, DESKTOP.height), 4000)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
    }

    /**
     * What axe-core finds against WCAG 2.2 A and AA on the page as it stands, one line per rule broken: the rule, what
     * it asks, and where. Empty when the page passes.
     */
    List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        if (results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe-core checked nothing on " + driver.getCurrentUrl());
        }
        return results.getViolations().stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .toList();
    }

    /** How much wider than a phone's screen the page is, in CSS pixels: 0 when it fits. */
    long overflowOnAPhone() {
        driver.manage().window().setSize(PHONE);
        try {
            return (Long) driver.executeScript(
                    "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
