package org.boxoffice.web.organizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The event editor in a real browser: a draft, its image, a ticket type for a seat category,
 * publication, seats held back on the map, an edit recorded; then customers find the event by
 * search and in the calendar and see its image, with the held-back seats not for sale.
 */
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
    void anOrganizerCreatesAnEventAddsTicketsPublishesAndTheEditIsRecorded() throws IOException {
        String email = TestData.unique("maker") + "@example.org";
        long account = TestData.accountWithPassword(email, PASSWORD, "ORGANIZER");
        TestData.joinOrganisation(account, TestData.organisation(TestData.unique("Makers")));
        String category = TestData.unique("cat");
        TestData.category("A " + category, category);
        String token = Tokens.valid(account, email, "ORGANIZER");
        String venueName = TestData.unique("Dock Hall");
        String venue = Http.json(Http.postJson(
                        Platform.uri("/api/v1/venues"),
                        "{\"name\":\"" + venueName + "\",\"address\":\"5 Dock\",\"city\":\"Rostock\","
                                + "\"zoneId\":\"Europe/Berlin\"}",
                        "Authorization",
                        "Bearer " + token))
                .getString("id");
        String section = Http.json(Http.postJson(
                        Platform.uri("/api/v1/venues/" + venue + "/sections"),
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
        Browser.await(browser)
                .until(ExpectedConditions.or(
                        ExpectedConditions.urlContains("event.xhtml?id="),
                        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error"))));
        Browser.screenshot(browser, "event-editor-draft");
        assertThat(browser.getCurrentUrl())
                .as(() -> browser.findElement(By.id("messages")).getText())
                .contains("event.xhtml?id=");
        assertThat(browser.findElement(By.id("status")).getText()).contains("DRAFT", "Europe/Berlin");

        Path poster = Files.createTempFile("poster", ".png");
        ImageIO.write(new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB), "png", poster.toFile());
        browser.findElement(By.cssSelector("#image input[type=file]"))
                .sendKeys(poster.toAbsolutePath().toString());
        browser.findElement(By.id("image:upload")).click();
        Browser.waitFor(browser, By.id("eventImage"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("The image is saved");
        assertThat(loadedWidth("eventImage")).isEqualTo(640);

        browser.findElement(By.id("type:typeName")).sendKeys("Stalls");
        browser.findElement(By.id("type:amount_input")).sendKeys("25");
        Browser.choose(browser, "widget_type_section", section);
        Browser.choose(browser, "widget_type_seatCategory", "Standard");
        browser.findElement(By.id("type:add")).click();
        Browser.waitFor(browser, By.cssSelector(".ui-messages-info"));
        assertThat(browser.findElement(By.id("types")).getText()).contains("Stalls", "EUR 25.00", "Stalls · Standard");

        browser.findElement(By.id("state:publish")).click();
        Browser.waitFor(browser, By.id("state:cancel"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("The event is published");

        // row A's label on the event's map: a click picks its 5 seats, which are then held back
        Browser.await(browser).until(ExpectedConditions.attributeToBe(By.id("seatMap"), "data-seats", "10"));
        WebElement svg = browser.findElement(By.cssSelector("#seatMap svg"));
        new Actions(browser)
                .moveToElement(
                        svg,
                        20 - svg.getSize().getWidth() / 2,
                        82 - svg.getSize().getHeight() / 2)
                .click()
                .perform();
        assertThat(browser.findElement(By.id("seatMap")).getAttribute("data-selected"))
                .isEqualTo("5");
        browser.findElement(By.id("seats:withhold")).click();
        Browser.waitFor(browser, By.cssSelector(".ui-messages-info"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("5 seat(s) held back");
        Browser.await(browser).until(ExpectedConditions.attributeToBe(By.id("seatMap"), "data-count-withheld", "5"));
        assertThat(browser.findElement(By.id("availability")).getText()).contains("Stalls", "5 / 10", "0 · 0 · 5");

        browser.findElement(By.id("details:name")).clear();
        browser.findElement(By.id("details:name")).sendKeys(title + " (moved)");
        browser.findElement(By.id("details:save")).click();
        Browser.waitFor(browser, By.cssSelector(".ui-messages-info"));
        assertThat(browser.findElement(By.id("changes")).getText()).contains("title", title, title + " (moved)");

        browser.findElement(By.id("state:view")).click();
        Browser.waitFor(browser, By.id("seatMap"));
        assertThat(browser.findElement(By.cssSelector("h1#title")).getText()).isEqualTo(title + " (moved)");
        assertThat(browser.findElement(By.id("tickets:types")).getText()).contains("Stalls", "5");
        Browser.await(browser).until(ExpectedConditions.attributeToBe(By.id("seatMap"), "data-count-blocked", "5"));
        assertThat(loadedWidth("eventImage")).isEqualTo(640);
        Browser.screenshot(browser, "event-editor-published");

        // customers find it by search, and in the calendar of its month
        browser.get(Platform.uri("/events.xhtml?q=" + title.replace(' ', '+')).toString());
        Browser.waitFor(browser, By.className("bo-result"));
        assertThat(browser.findElement(By.className("bo-result-count")).getText())
                .startsWith("1 ");
        browser.findElement(By.linkText(title + " (moved)")).click();
        Browser.waitFor(browser, By.id("seatMap"));
        assertThat(browser.findElement(By.cssSelector("h1#title")).getText()).isEqualTo(title + " (moved)");

        browser.get(Platform.uri("/calendar.xhtml?date=2040-02-01&city=Rostock").toString());
        WebElement entry = Browser.await(browser)
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//a[contains(@class,'fc-event')][.//*[contains(text(),'" + title + "')]]")));
        entry.click();
        Browser.await(browser).until(ExpectedConditions.urlContains("/event.xhtml?id="));
        Browser.waitFor(browser, By.id("seatMap"));
        assertThat(browser.findElement(By.cssSelector("h1#title")).getText()).isEqualTo(title + " (moved)");
    }

    /** The natural width of a loaded image of the page; 0 while it is not loaded (or broken). */
    private long loadedWidth(String id) {
        Browser.await(browser).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.getElementById(arguments[0]).complete", id));
        return (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.getElementById(arguments[0]).naturalWidth", id);
    }
}
