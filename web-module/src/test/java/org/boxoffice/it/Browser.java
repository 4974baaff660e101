package org.boxoffice.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through Debian's chromedriver (packages chromium and
 * chromium-driver, which .ci/run installs). The paths can be changed with the system properties
 * {@code boxoffice.it.chromium} and {@code boxoffice.it.chromedriver}; nothing is downloaded.
 */
public final class Browser {

    /** The phone's screen in CSS pixels, as {@link #openPhone} emulates it. */
    public static final int PHONE_WIDTH = 390;

    public static final int PHONE_HEIGHT = 844;

    private Browser() {}

    /** A desktop browser: a window of 1280 x 900. */
    public static WebDriver open() {
        return open(new ChromeOptions().addArguments("--window-size=1280,900"));
    }

    /**
     * A desktop browser that keeps the page's console messages, which {@code
     * driver.manage().logs().get(LogType.BROWSER)} reads (a content security policy's refusals among them).
     */
    public static WebDriver openWithConsole() {
        ChromeOptions options = new ChromeOptions().addArguments("--window-size=1280,900");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return open(options);
    }

    /**
     * A phone's browser: Chromium's mobile emulation of a screen of 390 x 844 CSS pixels at three
     * device pixels each (an iPhone 14's), with touch, where pages lay out as on a phone (the
     * viewport meta tag counts). {@code arguments} are further command-line switches of Chromium.
     */
    public static WebDriver openPhone(String... arguments) {
        Map<String, Object> metrics = new HashMap<>();
        metrics.put("width", PHONE_WIDTH);
        metrics.put("height", PHONE_HEIGHT);
        metrics.put("pixelRatio", 3.0);
        metrics.put("touch", true);
        metrics.put("mobile", true);
        ChromeOptions options = new ChromeOptions().addArguments("--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT);
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", metrics));
        return open(options.addArguments(arguments));
    }

    private static WebDriver open(ChromeOptions options) {
        Path profile;
        try {
            profile = Files.createTempDirectory(ItSettings.directory(), "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setBinary(System.getProperty("boxoffice.it.chromium", "/usr/bin/chromium"))
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--lang=en",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("boxoffice.it.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** The element once it is visible, waiting up to 20 seconds for it. */
    public static WebElement waitFor(WebDriver driver, By element) {
        return await(driver).until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    /** A wait of up to 20 seconds; see {@link #await(WebDriver, int)}. */
    public static WebDriverWait await(WebDriver driver) {
        return await(driver, 20);
    }

    /**
     * A wait of up to {@code seconds} that asks again when an element went stale: an AJAX update
     * replaces an element between finding it and reading it, and the next poll finds the new one.
     */
    public static WebDriverWait await(WebDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Whether the element left the page (the page was replaced, or an AJAX update replaced it).
     * Chromium says so in two ways: a stale element, or, while its page is being replaced, a node
     * that "does not belong to the document"; {@link ExpectedConditions#stalenessOf} knows only the
     * first.
     */
    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** Signs in through the portal's sign-in page, which then goes on to {@code next}. */
    public static void signIn(WebDriver driver, String email, String password, String next) {
        signIn(driver, Platform.baseUri(), email, password, next);
    }

    /** As {@link #signIn(WebDriver, String, String, String)} on the platform at {@code base}, a {@link Launch}'s. */
    public static void signIn(WebDriver driver, URI base, String email, String password, String next) {
        driver.get(base.resolve("account/sign-in.xhtml?next=" + next).toString());
        waitFor(driver, By.id("signIn:email")).sendKeys(email);
        driver.findElement(By.id("signIn:password")).sendKeys(password);
        driver.findElement(By.id("signIn:submit")).click();
    }

    /**
     * Chooses a value of a PrimeFaces menu through its widget: clicking through the drop-down's
     * animation is flaky in a headless browser.
     */
    public static void choose(WebDriver driver, String widget, String value) {
        ((JavascriptExecutor) driver)
                .executeScript("PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);", widget, value);
    }

    /** Keeps a picture of the page under target/it/screenshots, for a person to look at. */
    public static Path screenshot(WebDriver driver, String name) {
        return picture(driver, ItSettings.directory().resolve("screenshots").resolve(name + ".png"));
    }

    /**
     * Draws the training guide's picture {@code name} (docs/training/{@code name}.png) from the page
     * as it is now, so that the guide shows the pages as they are. Call it where the page shows what
     * the guide's step describes; the desktop window's 1280 x 900 is the picture's size.
     */
    public static Path guidePicture(WebDriver driver, String name) {
        return picture(driver, ItSettings.guideImages().resolve(name + ".png"));
    }

    private static Path picture(WebDriver driver, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
