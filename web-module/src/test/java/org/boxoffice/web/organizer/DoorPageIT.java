package org.boxoffice.web.organizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.boxoffice.it.Browser;
import org.boxoffice.it.Entry;
import org.boxoffice.it.Entry.Door;
import org.boxoffice.it.Entry.Issued;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.ticket.control.BarcodeReader;
import org.boxoffice.ticket.control.Barcodes.Symbology;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The door on the organizer's event page in a real browser: the entry figures, live; a scanner
 * token made with its link and QR code shown once, which checks tickets in; then revoked.
 */
class DoorPageIT {

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
    void anOrganizerWatchesEntryAndHandsOutAScannerTokenByLinkAndQrCode() throws Exception {
        Door door = Entry.door("Door page", 10);
        List<Issued> tickets = Entry.tickets(door.event(), 3);
        String phone = Entry.scannerToken(door, "Phone 1", null).getString("token");
        assertThat(Entry.checkIn(phone, tickets.get(0).code(), "North").statusCode())
                .isEqualTo(200);
        assertThat(Entry.checkIn(phone, tickets.get(1).code(), "South").statusCode())
                .isEqualTo(200);
        String email = TestData.unique("doorkeeper") + "@example.org";
        long organizer = TestData.accountWithPassword(email, PASSWORD, "ORGANIZER");
        TestData.joinOrganisation(organizer, door.organisation());

        Browser.signIn(
                browser,
                email,
                PASSWORD,
                "/organizer/event.xhtml?id=" + door.event().eventId());
        Browser.waitFor(browser, By.id("doorFigures:figures"));

        assertThat(browser.findElement(By.id("admitted")).getText()).contains("2 of 3");
        assertThat(browser.findElement(By.id("doorFigures:gates")).getText()).contains("North", "South");
        assertThat(browser.findElement(By.id("doorTokens:scannerTokens")).getText())
                .contains("Phone 1", "active");

        browser.findElement(By.id("doorTokens:tokenLabel")).sendKeys("Front door");
        browser.findElement(By.id("doorTokens:tokenGate")).sendKeys("Front");
        browser.findElement(By.id("doorTokens:createToken")).click();
        String link = Browser.waitFor(browser, By.id("scanLink")).getAttribute("href");

        assertThat(link).contains("/scan.xhtml#token=");
        String token = link.substring(link.indexOf("#token=") + "#token=".length());
        assertThat(browser.findElement(By.id("scanToken")).getText().strip()).isEqualTo(token);
        String image = browser.findElement(By.id("scanCode")).getAttribute("src");
        assertThat(image).startsWith("data:image/png;base64,");
        BarcodeReader.Reading decoded = new BarcodeReader()
                .read(Base64.getDecoder().decode(image.substring("data:image/png;base64,".length())));
        assertThat(decoded).isEqualTo(new BarcodeReader.Reading(link, Symbology.QR_CODE));
        Browser.screenshot(browser, "door-section");

        HttpResponse<String> admitted = Entry.checkIn(token, tickets.get(2).code(), null);
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(200);
        assertThat(Http.json(admitted).getString("gate")).isEqualTo("Front");
        // the figures follow without a reload
        Browser.await(browser, 20)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("admitted"), "3 of 3"));
        assertThat(browser.findElement(By.id("doorFigures:gates")).getText()).contains("Front");

        browser.navigate().refresh();
        Browser.waitFor(browser, By.id("doorTokens:scannerTokens"));
        assertThat(browser.findElements(By.id("scanLink")))
                .as("the secret is shown once")
                .isEmpty();
        assertThat(browser.findElement(By.id("doorTokens:scannerTokens")).getText())
                .contains("Front door");
        // the newest token is listed first
        browser.findElement(By.id("doorTokens:scannerTokens:0:revoke")).click();
        Browser.await(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("doorTokens:scannerTokens"), "revoked"));

        assertThat(Entry.checkIn(token, tickets.get(0).code(), null).statusCode())
                .isEqualTo(401);
        assertThat(Entry.checkIn(phone, tickets.get(0).code(), null).statusCode())
                .as("the other token still works")
                .isEqualTo(409);
    }
}
