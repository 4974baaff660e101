package org.boxoffice.web.organizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.boxoffice.it.Browser;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The event editor in a real browser: a draft, a ticket type, publication, an edit recorded. */
class EventEditorIT {

    private static final String PASSWORD = "a fine long passphrase";

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anOrganizerCreatesAnEventAddsTicketsPublishesAndTheEditIsRecorded() {
        String email = TestData.unique("maker") + "@example.org";
        long account = TestData.accountWithPassword(email, PASSWORD, "ORGANIZER");
        TestData.joinOrganisation(account, TestData.organisation(TestData.unique("Makers")));
        String category = TestData.unique("cat");
        TestData.category("A " + category, category);
        String token = Tokens.valid(account, email, "ORGANIZER");
        String venueName = TestData.unique("Dock Hall");
        String venue = Http.json(Http.postJson(
                        Platform.uri("/api/v1/organizer/venues"),
                        "{\"name\":\"" + venueName + "\",\"address\":\"5 Dock\",\"city\":\"Rostock\","
                                + "\"zoneId\":\"Europe/Berlin\"}",
                        "Authorization",
                        "Bearer " + token))
                .getString("id");
        String section = Http.json(Http.postJson(
                        Platform.uri("/api/v1/organizer/venues/" + venue + "/sections"),
                        "{\"name\":\"Stalls\",\"rows\":2,\"seatsPerRow\":5,\"category\":\"Standard\"}",
                        "Authorization",
                        "Bearer " + token))
                .getJsonArray("sections")
                .getJsonObject(0)
                .getString("id");

        Browser.signIn(browser, email, PASSWORD, "/organizer/event.xhtml");
        Browser.waitFor(browser, By.id("details:name"));

        // menus through their widgets: the drop-down's animation makes clicking through it flaky
        Browser.choose(browser, "widget_details_venue", venue);
        Browser.choose(browser, "widget_details_category", category);
        String title = TestData.unique("Harbour Lights");
        browser.findElement(By.id("details:name")).sendKeys(title);
        browser.findElement(By.id("details:description")).sendKeys("Songs by the water.");
        ((JavascriptExecutor) browser)
                .executeScript("PrimeFaces.widgets['widget_details_starts'].setDate(new Date(2040, 1, 1, 20, 0));"
                        + "PrimeFaces.widgets['widget_details_ends'].setDate(new Date(2040, 1, 1, 22, 0));");
        assertThat(browser.findElement(By.id("details:starts_input")).getAttribute("value"))
                .isEqualTo("2040-02-01 20:00");
        browser.findElement(By.id("details:save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.or(
                        ExpectedConditions.urlContains("event.xhtml?id="),
                        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error"))));
        Browser.screenshot(browser, "event-editor-draft");
        assertThat(browser.getCurrentUrl())
                .as(() -> browser.findElement(By.id("messages")).getText())
                .contains("event.xhtml?id=");
        assertThat(browser.findElement(By.id("status")).getText()).contains("DRAFT", "Europe/Berlin");

        browser.findElement(By.id("type:typeName")).sendKeys("Stalls");
        browser.findElement(By.id("type:amount_input")).sendKeys("25");
        Browser.choose(browser, "widget_type_section", section);
        browser.findElement(By.id("type:add")).click();
        Browser.waitFor(browser, By.cssSelector(".ui-messages-info"));
        assertThat(browser.findElement(By.id("types")).getText()).contains("Stalls", "EUR 25.00");

        browser.findElement(By.id("state:publish")).click();
        Browser.waitFor(browser, By.id("state:cancel"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("The event is published");

        browser.findElement(By.id("details:name")).clear();
        browser.findElement(By.id("details:name")).sendKeys(title + " (moved)");
        browser.findElement(By.id("details:save")).click();
        Browser.waitFor(browser, By.cssSelector(".ui-messages-info"));
        assertThat(browser.findElement(By.id("changes")).getText()).contains("title", title, title + " (moved)");

        browser.findElement(By.id("state:view")).click();
        Browser.waitFor(browser, By.id("seatMap"));
        assertThat(browser.findElement(By.cssSelector("h1#title")).getText()).isEqualTo(title + " (moved)");
        assertThat(browser.findElement(By.id("tickets:types")).getText()).contains("Stalls", "10");
        Browser.screenshot(browser, "event-editor-published");
    }
}
