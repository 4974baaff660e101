package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

/** The search page in a real browser: the address is the search, and a result opens its event. */
class SearchPageIT {

    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

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
    void theAddressHoldsTheSearchAndAChangedFilterLandsInIt() {
        String city = TestData.unique("Searchtown");
        String dear = TestData.unique("Opera Gala");
        String cheap = TestData.unique("Jazz Brunch");
        TestData.publishedEvent(dear, city, IN_A_MONTH, "80.00", 10);
        GaEvent brunch = TestData.publishedEvent(cheap, city, IN_A_MONTH.plusDays(1), "12.00", 10);
        GaEvent gone = TestData.publishedEvent(TestData.unique("Sold Out Show"), city, IN_A_MONTH, "30.00", 5);
        TestData.execute("update allotment set taken = capacity where id = ?", gone.allotmentId());

        open("/events.xhtml?city=" + city + "&sort=price");
        Browser.waitFor(browser, By.className("bo-result"));
        Browser.screenshot(browser, "search");

        assertThat(titles()).as("cheapest first").containsExactly(cheap, gone.title(), dear);
        assertThat(browser.findElement(By.className("bo-result-count")).getText())
                .isEqualTo("3 events found");
        assertThat(resultWithTitle(cheap).getText()).contains("Hall of " + cheap, city, "€12.00", "Europe/Berlin");
        assertThat(resultWithTitle(gone.title()).getText()).contains("Sold out");
        assertThat(text("search:city_label")).isEqualTo(city);

        browser.findElement(By.id("search:text")).sendKeys("brunch");
        browser.findElement(By.cssSelector("#search\\:available .ui-chkbox-box"))
                .click();
        browser.findElement(By.id("search:submit")).click();
        Browser.await(browser).until(ExpectedConditions.urlContains("q=brunch"));
        Browser.waitFor(browser, By.className("bo-result"));

        assertThat(browser.getCurrentUrl())
                .contains("/events.xhtml?")
                .contains("q=brunch")
                .contains("city=" + city)
                .contains("sort=price")
                .contains("available=true");
        assertThat(titles()).containsExactly(cheap);
        assertThat(browser.findElement(By.id("search:text")).getAttribute("value"))
                .isEqualTo("brunch");

        String shared = browser.getCurrentUrl();
        browser.manage().deleteAllCookies();
        browser.get(shared);
        Browser.waitFor(browser, By.className("bo-result"));
        assertThat(titles()).as("the same search from the address alone").containsExactly(cheap);

        browser.findElement(By.linkText(cheap)).click();
        Browser.await(browser).until(ExpectedConditions.urlContains("/event.xhtml?id=" + brunch.eventId()));
    }

    @Test
    void aBadValueInTheAddressIsAMessageAndTheRestOfTheSearchStillWorks() {
        String city = TestData.unique("Typotown");
        String title = TestData.unique("Matinee");
        TestData.publishedEvent(title, city, IN_A_MONTH, "9.00", 10);

        open("/events.xhtml?city=" + city + "&from=next-friday&maxPrice=cheap&sort=random");

        Browser.waitFor(browser, By.cssSelector("#search\\:messages .ui-messages-error"));
        assertThat(text("search:messages"))
                .contains("\"next-friday\"", "is not a date")
                .contains("\"cheap\"", "is not an amount")
                .contains("\"random\"", "sorted by date");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception");
        assertThat(titles()).containsExactly(title);
    }

    @Test
    void aJourneyIsFoundByItsPlacesAndShowsItsRoute() {
        String origin = TestData.unique("Kiel Hbf");
        GaEvent train = TestData.publishedEvent(TestData.unique("IC 2217"), "Kiel", IN_A_MONTH, "29.00", 300);
        TestData.execute(
                "update event set origin = ?, destination = ?, arrival_zone = ? where id = ?",
                origin,
                "Stuttgart Hbf",
                "Europe/Berlin",
                train.eventId());

        open("/events.xhtml?q=" + origin.replace(' ', '+') + "+stuttgart");
        Browser.waitFor(browser, By.className("bo-result"));

        assertThat(titles()).containsExactly(train.title());
        assertThat(resultWithTitle(train.title()).getText()).contains(origin + " → Stuttgart Hbf");
        browser.findElement(By.linkText(train.title())).click();
        Browser.waitFor(browser, By.id("route"));
        assertThat(text("route")).isEqualTo(origin + " → Stuttgart Hbf");
    }

    @Test
    void aSearchWithoutResultsSaysSo() {
        open("/events.xhtml?city=" + TestData.unique("Nowhere"));

        Browser.waitFor(browser, By.className("bo-result-count"));
        assertThat(text("results:list")).contains("No events found", "No events match your search");
    }

    @Test
    void everyPageLinksToTheSearchAndTheCalendar() {
        open("/index.xhtml");

        browser.findElement(By.id("navEvents")).click();
        Browser.waitFor(browser, By.id("search:submit"));
        assertThat(browser.getCurrentUrl()).contains("/events.xhtml");
        browser.findElement(By.id("navCalendar")).click();
        Browser.waitFor(browser, By.id("calendar:schedule"));
        assertThat(browser.getCurrentUrl()).contains("/calendar.xhtml");
    }

    private List<String> titles() {
        return browser.findElements(By.cssSelector(".bo-result .bo-event-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private WebElement resultWithTitle(String title) {
        return browser.findElement(
                By.xpath("//*[contains(@class,'bo-result')][.//h3[normalize-space()='" + title + "']]"));
    }

    private void open(String path) {
        browser.get(Platform.uri(path).toString());
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
