package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.boxoffice.it.Browser;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The event calendar in a real browser: a month with its events, each linking to its page. */
class CalendarPageIT {

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
    void theMonthOfTheAddressShowsTheEventAtItsVenuesTimeWithALinkToItsPage() {
        String city = TestData.unique("Calendartown");
        String title = TestData.unique("Spring Concert");
        // 19:30 in Berlin (UTC+1 in March), whatever the zone of the machine running the browser
        GaEvent event = TestData.publishedEvent(
                title, city, OffsetDateTime.of(2027, 3, 10, 19, 30, 0, 0, ZoneOffset.ofHours(1)), "20.00", 50);
        GaEvent otherCity = TestData.publishedEvent(
                TestData.unique("Elsewhere"),
                TestData.unique("Othertown"),
                OffsetDateTime.of(2027, 3, 11, 19, 30, 0, 0, ZoneOffset.ofHours(1)),
                "20.00",
                50);

        browser.get(Platform.uri("/calendar.xhtml?date=2027-03-01&city=" + city).toString());
        WebElement entry = Browser.await(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//a[contains(@class,'fc-event')][.//*[contains(text(),'" + title + "')]]")));
        Browser.screenshot(browser, "calendar");

        assertThat(browser.findElement(By.className("fc-toolbar-title")).getText())
                .contains("March 2027");
        assertThat(entry.getAttribute("href")).endsWith("/event.xhtml?id=" + event.eventId());
        assertThat(entry.getText())
                .as("the venue's wall-clock time, in a 12- or 24-hour clock")
                .containsPattern("(^|[^0-9])(7:30|19:30)");
        assertThat(browser.findElements(By.xpath("//*[contains(text(),'" + otherCity.title() + "')]")))
                .as("another city's event is filtered out")
                .isEmpty();

        entry.click();
        Browser.await(browser).until(ExpectedConditions.urlContains("/event.xhtml?id=" + event.eventId()));
    }

    @Test
    void aDateThatIsNoDateIsAMessageAndTheCalendarOpensToday() {
        browser.get(Platform.uri("/calendar.xhtml?date=someday").toString());

        Browser.await(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#calendar\\:messages .ui-messages-error")));
        assertThat(browser.findElement(By.id("calendar:messages")).getText()).contains("\"someday\"");
        assertThat(browser.findElement(By.id("calendar:schedule")).isDisplayed())
                .isTrue();
    }
}
