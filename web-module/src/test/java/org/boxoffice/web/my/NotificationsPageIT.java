package org.boxoffice.web.my;

import static org.assertj.core.api.Assertions.assertThat;

import org.boxoffice.it.Browser;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The notification centre in a real browser: the unread badge, marking read, the mail switches. */
class NotificationsPageIT {

    private static final String PASSWORD = "a fine long passphrase";
    private static final By BADGE = By.id("nav:unread");

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
    void theBadgeCountsUnreadNoticesAndFallsAsTheyAreMarkedRead() {
        String email = TestData.unique("reader") + "@example.org";
        long account = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        TestData.notification(account, "Booking 17 confirmed");
        long second = TestData.notification(account, "Night of Jazz starts at 20:00");
        TestData.notification(account, "Your refund of 42.00 EUR");

        Browser.signIn(browser, email, PASSWORD, "/my/notifications.xhtml");
        Browser.waitFor(browser, By.id("inbox:table"));
        assertThat(browser.findElement(BADGE).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("inbox:unreadCount")).getText()).contains("3");
        assertThat(row("Night of Jazz starts at 20:00").getAttribute("class")).contains("bo-unread");
        Browser.screenshot(browser, "my-notifications");

        row("Night of Jazz starts at 20:00")
                .findElement(By.xpath(".//button[contains(@id,':markRead')]"))
                .click();
        Browser.await(browser).until(ExpectedConditions.textToBe(BADGE, "2"));
        assertThat(row("Night of Jazz starts at 20:00").getAttribute("class")).doesNotContain("bo-unread");
        assertThat(TestData.count("select count(*) from notification where id = ? and read_at is not null", second))
                .isEqualTo(1);

        browser.findElement(By.id("inbox:markAllRead")).click();
        Browser.await(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "marked read"));
        assertThat(browser.findElements(BADGE)).as("no badge once all is read").isEmpty();
        assertThat(TestData.count(
                        "select count(*) from notification where account_id = ? and read_at is null", account))
                .isZero();
    }

    @Test
    void anOptionalKindIsSwitchedOffAndStaysOffAMandatoryOneCannotBe() {
        String email = TestData.unique("chooser") + "@example.org";
        long account = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");

        Browser.signIn(browser, email, PASSWORD, "/my/notifications.xhtml");
        Browser.waitFor(browser, By.id("preferences:choices"));
        assertThat(browser.findElements(BADGE)).as("nothing unread").isEmpty();
        WebElement confirmations = toggle("Booking confirmations");
        assertThat(confirmations.getAttribute("class")).contains("ui-toggleswitch-checked", "ui-state-disabled");
        assertThat(choiceRow("Booking confirmations").getText()).contains("Always sent by mail");
        assertThat(toggle("Event reminders").getAttribute("class")).contains("ui-toggleswitch-checked");

        toggle("Event reminders").click();
        Browser.await(browser)
                .until(driver ->
                        !toggle("Event reminders").getAttribute("class").contains("ui-toggleswitch-checked"));
        browser.findElement(By.id("preferences:save")).click();
        Browser.await(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "saved"));
        assertThat(TestData.count(
                        "select count(*) from notification_preference where account_id = ? and kind = 'EVENT_REMINDER'"
                                + " and mail = false",
                        account))
                .isEqualTo(1);

        browser.navigate().refresh();
        Browser.waitFor(browser, By.id("preferences:choices"));
        assertThat(toggle("Event reminders").getAttribute("class")).doesNotContain("ui-toggleswitch-checked");
        assertThat(toggle("Booking confirmations").getAttribute("class")).contains("ui-toggleswitch-checked");
        assertThat(TestData.count(
                        "select count(*) from notification_preference where account_id = ? and mail = false", account))
                .as("only the switched kind")
                .isEqualTo(1);
    }

    private WebElement row(String subject) {
        By row = By.xpath("//*[@id='inbox:table']//tr[.//*[normalize-space(.)='" + subject + "']]");
        Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(row));
        return browser.findElement(row);
    }

    private WebElement choiceRow(String title) {
        By row = By.xpath("//*[@id='preferences:choices']//tr[.//strong[normalize-space(.)='" + title + "']]");
        Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(row));
        return browser.findElement(row);
    }

    private WebElement toggle(String title) {
        return choiceRow(title)
                .findElement(By.xpath(".//div[contains(concat(' ', @class, ' '), ' ui-toggleswitch ')]"));
    }
}
