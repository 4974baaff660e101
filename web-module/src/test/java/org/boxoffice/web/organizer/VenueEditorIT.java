package org.boxoffice.web.organizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.boxoffice.it.Browser;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The seat-map editor in a real browser: a venue, generated seats, a row picked and blocked. */
class VenueEditorIT {

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
    void anOrganizerGeneratesASectionPicksARowOnTheMapAndBlocksIt() {
        String email = TestData.unique("editor") + "@example.org";
        long account = TestData.accountWithPassword(email, PASSWORD, "ORGANIZER");
        TestData.joinOrganisation(account, TestData.organisation(TestData.unique("Editors")));
        Browser.signIn(browser, email, PASSWORD, "/organizer/venues.xhtml");
        Browser.waitFor(browser, By.id("create:name"));

        String name = TestData.unique("Canal Hall");
        browser.findElement(By.id("create:name")).sendKeys(name);
        browser.findElement(By.id("create:address")).sendKeys("4 Canal Street");
        browser.findElement(By.id("create:city")).sendKeys("Bremen");
        browser.findElement(By.id("create:submit")).click();
        Browser.waitFor(browser, By.id("seated:name"));
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo(name);

        browser.findElement(By.id("seated:name")).sendKeys("Stalls");
        replace("seated:rows_input", "3");
        replace("seated:seats_input", "4");
        browser.findElement(By.id("seated:add")).click();
        Browser.await(browser).until(ExpectedConditions.attributeToBe(By.id("seatMap"), "data-seats", "12"));
        assertThat(browser.findElement(By.id("seatCount")).getText()).isEqualTo("12");

        // row A's label is at (0..28, 36..46) of the map, drawn at twice its size
        WebElement svg = browser.findElement(By.cssSelector("#seatMap svg"));
        new Actions(browser)
                .moveToElement(
                        svg,
                        20 - svg.getSize().getWidth() / 2,
                        82 - svg.getSize().getHeight() / 2)
                .click()
                .perform();
        Browser.await(browser).until(ExpectedConditions.attributeToBe(By.id("seatMap"), "data-selected", "4"));
        browser.findElement(By.cssSelector("#seatsForm\\:blocked .ui-chkbox-box"))
                .click();
        browser.findElement(By.id("seatsForm:apply")).click();

        Browser.waitFor(browser, By.cssSelector(".ui-messages-info"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("4 seats changed");
        Browser.await(browser).until(ExpectedConditions.attributeToBe(By.id("seatMap"), "data-count-blocked", "4"));
        Browser.screenshot(browser, "venue-editor");
    }

    private void replace(String id, String value) {
        // PrimeFaces' number fields keep their value on clear(): select it and type over it
        WebElement field = browser.findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }
}
