package dev.engagehub.system.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (nothing downloaded), with the flags a
 * machine without internet needs. Screenshots land in {@code target/screenshots} as build artefacts.
 */
public final class Browser implements AutoCloseable {
    public static final Dimension LAPTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions().setBinary(path("ENGAGEHUB_CHROMIUM", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(path("ENGAGEHUB_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement find(String css) {
        return until(css);
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public String text(String css) {
        return until(css).getText();
    }

    public Browser type(String css, String text) {
        WebElement field = until(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Clicks a button that posts its form and waits for the page the server answers with: reading right after a
     * plain click may find the old page's elements just before they are replaced.
     */
    public Browser submit(String buttonCss) {
        WebElement page = driver.findElement(By.tagName("html"));
        until(buttonCss).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(browser -> gone(page));
        return this;
    }

    /** Whether the element left the document: Chrome says so as "stale", or as a node that is not in it. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    /** The field's message, shown next to it when what was typed is refused. */
    public String errorOf(String fieldId) {
        return text("#" + fieldId + "-error");
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    public Browser size(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    public Browser waitFor(String css, Duration timeout) {
        new WebDriverWait(driver, timeout).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        return this;
    }

    public Browser waitForText(String css, String text, Duration timeout) {
        new WebDriverWait(driver, timeout).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(css), text));
        return this;
    }

    /** Saves the whole page (up to 6,000 pixels tall) as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        long height = (Long) script("return document.documentElement.scrollHeight");
        try {
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(6_000,
                    Math.max(window.getHeight(), height + 120))));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private WebElement until(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private static String path(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
