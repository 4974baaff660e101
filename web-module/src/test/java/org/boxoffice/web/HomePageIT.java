package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.boxoffice.it.Browser;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The PrimeFaces tracer, in a real headless Chromium: the portal home lists upcoming events. */
class HomePageIT {

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
    void theHomePageListsTheSoonestUpcomingEventsWithTimeVenueAndPrice() {
        String title = TestData.unique("Matinee");
        String city = TestData.unique("Bremen");
        TestData.publishedEvent(title, city, OffsetDateTime.now(ZoneOffset.UTC).plusHours(3), "7.50", 20);

        browser.get(Platform.baseUri().toString());
        WebElement card = Browser.await(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//*[contains(@class,'bo-event-card')][.//h3[normalize-space(.)='" + title + "']]")));
        Browser.screenshot(browser, "home");

        assertThat(browser.getTitle()).contains("Upcoming events");
        assertThat(card.getText()).contains("Hall of " + title + ", " + city).contains("from €7.50");
        List<String> titles = browser.findElements(By.className("bo-event-title")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(titles).contains(title);
        assertThat(browser.findElements(By.cssSelector("script[src*='primefaces']")))
                .as("the page is rendered by PrimeFaces")
                .isNotEmpty();

        card.findElement(By.tagName("a")).click();
        Browser.await(browser).until(ExpectedConditions.urlContains("/event.xhtml?id="));
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo(title);
    }

    @Test
    void anUnknownPageShowsAFriendlyNotFoundPage() {
        browser.get(Platform.uri("/no-such-page.xhtml").toString());

        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("This page does not exist.")
                .doesNotContain("Exception");
    }
}
