package org.boxoffice.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An admin changes the hold duration on the system settings page, in a real browser: the next hold
 * runs for the new duration; a bad value is refused with a message; the reset brings the default back.
 */
class SettingsPageIT extends BrowserTest {

    private static final String HOLD = "boxoffice.booking.hold-duration";

    @AfterEach
    void backToTheDefault() {
        TestData.execute("update setting set stored_value = null where name = ?", HOLD);
    }

    @Test
    void anAdminChangesTheHoldDurationAndTheNextHoldUsesIt() {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Page Settings Night"),
                "Settings City",
                OffsetDateTime.now().plusDays(30),
                "15.00",
                20);
        String admin = TestData.unique("settings-page-admin") + "@example.org";
        TestData.accountWithPassword(admin, PASSWORD, "ADMIN");
        Browser.signIn(browser, admin, PASSWORD, "/admin/categories.xhtml");
        Browser.waitFor(browser, By.id("nav:navAdmin")).click();
        Browser.waitFor(browser, By.id("console-settings")).click();
        Browser.waitFor(browser, By.id("settings:table"));
        assertThat(row(HOLD).getText()).contains("Hold duration", "PT10M");

        value(HOLD).clear();
        value(HOLD).sendKeys("soon");
        button(HOLD, "save").click();
        waitForMessage("Invalid duration");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("from 1 to 120 minutes");

        value(HOLD).clear();
        value(HOLD).sendKeys("4");
        button(HOLD, "save").click();
        waitForMessage("is PT4M from now on");
        assertThat(row(HOLD).getText()).contains("changed here", admin);
        Browser.guidePicture(browser, "admin-settings");

        assertThat(minutesHeld(event)).as("the page's value, no restart").isBetween(3.5, 4.1);
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'SETTING_CHANGED' and actor = ? and detail = ?",
                        admin,
                        HOLD + ": (default \"PT10M\") -> \"PT4M\""))
                .isEqualTo(1);

        button(HOLD, "reset").click();
        waitForMessage("is back to its default, PT10M");
        assertThat(value(HOLD).getAttribute("value")).isEqualTo("PT10M");
        assertThat(minutesHeld(event)).isBetween(9.5, 10.1);
    }

    private static double minutesHeld(GaEvent event) {
        OffsetDateTime before = OffsetDateTime.now();
        HttpResponse<String> held = Holds.hold(Holds.customer(), Holds.itemsBody(event, 1));
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        return Duration.between(before, OffsetDateTime.parse(Http.json(held).getString("expiresAt")))
                        .toMillis()
                / 60_000.0;
    }

    /** The table row of the setting with this key. */
    private WebElement row(String key) {
        By row = By.xpath("//*[@id='settings:table']//tr[.//code[normalize-space(.)='" + key + "']]");
        Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(row));
        return browser.findElement(row);
    }

    private WebElement value(String key) {
        return row(key).findElement(By.xpath(".//input[contains(@id,':value')]"));
    }

    private WebElement button(String key, String name) {
        return row(key).findElement(By.xpath(".//button[contains(@id,':" + name + "')]"));
    }
}
