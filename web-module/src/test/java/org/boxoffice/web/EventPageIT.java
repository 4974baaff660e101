package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.boxoffice.it.Browser;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The event page in a real browser: details, times, tickets left and the seat map. */
class EventPageIT {

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
    void showsTheEventItsTicketsAndTheSeatMapWithEachSeatsState() {
        String title = TestData.unique("Seat Map Night");
        TestData.SeatedEvent event = TestData.seatedEvent(title, 3, 4, "PUBLISHED");
        TestData.execute(
                "update event_seat set status = 'SOLD' where event_id = ? and seat_id = ?",
                event.eventId(),
                event.seatIds().get(0));

        browser.get(Platform.uri("/event.xhtml?id=" + event.eventId()).toString());

        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("zone")).getText()).contains("Europe/Berlin");
        assertThat(browser.findElement(By.id("localTime")).getText()).startsWith("Your time:");
        assertThat(browser.findElement(By.id("tickets:types")).getText()).contains("Stalls", "11");
        Browser.await(browser).until(ExpectedConditions.attributeToBe(By.id("seatMap"), "data-seats", "12"));
        WebElement map = browser.findElement(By.id("seatMap"));
        assertThat(map.getAttribute("data-count-sold")).isEqualTo("1");
        assertThat(map.getAttribute("data-count-free")).isEqualTo("11");
        // the seats of one state are one path of squares: a few SVG elements however large the hall
        assertThat(browser.findElements(By.cssSelector("#seatMap svg path.bo-seat-sold")))
                .hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#seatMap svg path.bo-seat-free"))
                        .getAttribute("d"))
                .containsPattern("^(M[0-9.]+ [0-9.]+h10v10h-10z){11}$");
        // the seat under the pointer is named: row A, seat 1 is at (28, 36) of the map, drawn at twice
        // its size (3 rows of 4 seats: 83 x 78 units)
        WebElement svg = browser.findElement(By.cssSelector("#seatMap svg"));
        int x = 28 * 2 + 10 - svg.getSize().getWidth() / 2;
        int y = 36 * 2 + 10 - svg.getSize().getHeight() / 2;
        new Actions(browser).moveToElement(svg, x, y).perform();
        Browser.await(browser, 5)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("seatInfo"), "Row A, seat 1"));
        assertThat(browser.findElement(By.id("seatInfo")).getText()).contains("Premium", "sold");
        Browser.screenshot(browser, "event-page");
    }

    @Test
    void anUnknownOrUnpublishedEventIsNotFound() {
        TestData.SeatedEvent draft = TestData.seatedEvent(TestData.unique("Not Yet"), 1, 2, "DRAFT");

        browser.get(Platform.uri("/event.xhtml?id=" + draft.eventId()).toString());
        assertThat(browser.getPageSource()).contains("This page does not exist").doesNotContain("Not Yet");

        browser.get(Platform.uri("/event.xhtml?id=nonsense").toString());
        assertThat(browser.getPageSource()).contains("This page does not exist");
    }
}
