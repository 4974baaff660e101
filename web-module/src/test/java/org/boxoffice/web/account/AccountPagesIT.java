package org.boxoffice.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boxoffice.it.Browser;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The pages that mailed links open, in a real browser: confirm an address, set a new password. */
class AccountPagesIT {

    private static final Pattern LINK = Pattern.compile("(http://\\S+\\?token=[A-Za-z0-9_-]+)");

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
    void theVerificationLinkConfirmsTheAddressWithOneClick() {
        String email = TestData.unique("clicker") + "@example.org";
        Http.postJson(
                Platform.uri("/api/v1/accounts"),
                "{\"email\":\"" + email
                        + "\",\"password\":\"a fine long passphrase\",\"displayName\":\"Clicker\",\"acceptTerms\":true}");
        String link = linkIn(TestMail.await(email, "Confirm your e-mail address", Duration.ofSeconds(30)));

        browser.get(link);
        assertThat(browser.getTitle()).contains("Confirm your e-mail address");
        assertThat(tokenAnswer(email, "a fine long passphrase").statusCode())
                .as("opening the link alone confirms nothing")
                .isEqualTo(403);
        browser.findElement(By.id("verify:confirm")).click();

        Browser.waitFor(browser, By.cssSelector(".ui-messages-info"));
        assertThat(browser.findElement(By.id("verify:messages")).getText())
                .contains("your e-mail address is confirmed");
        Browser.screenshot(browser, "verified");
        assertThat(tokenAnswer(email, "a fine long passphrase").statusCode()).isEqualTo(200);
    }

    @Test
    void theResetLinkSetsANewPasswordTypedTwice() {
        String email = TestData.unique("resetter") + "@example.org";
        TestData.accountWithPassword(email, "the old long passphrase", "CUSTOMER");
        Http.postJson(Platform.uri("/api/v1/auth/password-reset"), "{\"email\":\"" + email + "\"}");
        String link = linkIn(TestMail.await(email, "Reset your boxoffice password", Duration.ofSeconds(30)));

        browser.get(link);
        browser.findElement(By.id("reset:password")).sendKeys("the new long passphrase");
        browser.findElement(By.id("reset:repeated")).sendKeys("not the same passphrase");
        browser.findElement(By.id("reset:save")).click();
        Browser.waitFor(browser, By.cssSelector(".ui-messages-error"));
        assertThat(browser.findElement(By.id("reset:messages")).getText()).contains("not the same");

        browser.findElement(By.id("reset:password")).sendKeys("the new long passphrase");
        browser.findElement(By.id("reset:repeated")).sendKeys("the new long passphrase");
        browser.findElement(By.id("reset:save")).click();
        Browser.waitFor(browser, By.cssSelector(".ui-messages-info"));
        assertThat(browser.findElement(By.id("reset:messages")).getText()).contains("Your password is changed");
        assertThat(tokenAnswer(email, "the new long passphrase").statusCode()).isEqualTo(200);
    }

    private static String linkIn(TestMail.Received mail) {
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        return link.group(1);
    }

    private static HttpResponse<String> tokenAnswer(String email, String password) {
        return Http.postJson(
                Platform.uri("/api/v1/auth/token"), "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }
}
