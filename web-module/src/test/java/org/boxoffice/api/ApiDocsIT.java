package org.boxoffice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Level;
import org.boxoffice.it.Browser;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The browsable API document at {@code /api/docs}, in a real headless Chromium under the content
 * security policy the application sends: Swagger UI loads the served {@code /openapi} and shows its
 * operations, styled, with nothing refused by the policy.
 */
class ApiDocsIT {

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.openWithConsole();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theBrowsableDocumentShowsTheServedOperations() {
        browser.get(Platform.uri("/api/docs").toString());

        // the sections (tags) come closed; the catalog's operations are in "events"
        WebElement section = Browser.await(browser, 60)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("operations-tag-events")));
        assertThat(browser.findElements(By.cssSelector(".opblock-tag")))
                .as("the API's sections")
                .hasSizeGreaterThan(10);
        assertThat(browser.findElement(By.cssSelector(".info .title")).getText())
                .contains("boxoffice API");
        section.click();
        WebElement search = Browser.await(browser, 60)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".opblock-summary-path[data-path='/api/v1/events']")));
        Browser.screenshot(browser, "api-docs");

        assertThat(search.getText()).contains("/api/v1/events");
        List<WebElement> operations = browser.findElements(By.cssSelector(".opblock"));
        assertThat(operations).as("the operations of the section shown").hasSizeGreaterThan(5);
        assertThat(browser.findElements(
                        By.cssSelector(".opblock-summary-path[data-path='/api/v1/events/{eventId}/publish']")))
                .isNotEmpty();
        Object border = ((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(arguments[0]).borderTopStyle", operations.get(0));
        assertThat(border).as("Swagger UI's style sheet applies").isEqualTo("solid");

        // an operation opens with its error answers, the problem schema among them
        search.click();
        WebElement opened = Browser.await(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".opblock.is-open")));
        assertThat(opened.getText()).contains("400", "Parameters that cannot be read");

        List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("/favicon.ico")) // the browser's own guess
                .toList();
        assertThat(refused).as("errors in the page's console").isEmpty();
    }

    @Test
    void thePageIsServedWithAPolicyForItsOwnScriptsOnly() {
        HttpResponse<String> page = Http.get(Platform.uri("/api/docs"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(page)).startsWith("text/html");
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.body()).doesNotContain("<script>").contains("swagger-ui-bundle.js");
        assertThat(Http.get(Platform.uri("/api/docs/initializer.js")).body()).contains("\"/openapi\"");
        HttpResponse<String> nothing = Http.get(Platform.uri("/api/docs/nothing"));
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(Http.contentType(nothing)).startsWith("application/problem+json");
    }
}
