package org.boxoffice.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An admin finds an account on the accounts page and disables it with a reason, in a real browser;
 * its owner's sign-in is then refused with a message that says so.
 */
class AccountsPageIT extends BrowserTest {

    @Test
    void anAdminDisablesAnAccountAndItsOwnerCannotSignIn() {
        String email = TestData.unique("page-disabled") + "@example.org";
        long account = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        String admin = TestData.unique("users-page-admin") + "@example.org";
        TestData.accountWithPassword(admin, PASSWORD, "ADMIN");
        Browser.signIn(browser, admin, PASSWORD, "/admin/accounts.xhtml");
        Browser.waitFor(browser, By.id("accounts:query"));

        browser.findElement(By.id("accounts:query")).sendKeys(email);
        browser.findElement(By.id("accounts:search")).click();
        Browser.await(browser)
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#accounts\\:table_data > tr"), 1));
        assertThat(row(email).getText()).contains("ACTIVE", "CUSTOMER");

        row(email).findElement(By.xpath(".//button[contains(@id,':disable')]")).click();
        Browser.waitFor(browser, By.id("accounts:disableReason")).sendKeys("abusive messages to support");
        browser.findElement(By.id("accounts:confirmDisable")).click();
        Browser.waitFor(browser, By.id("accounts:confirmYes")).click();
        Browser.await(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:messages"), "is disabled"));
        Browser.guidePicture(browser, "admin-accounts-disabled");

        assertThat(row(email).getText()).contains("DISABLED", "abusive messages to support");
        assertThat(row(email).findElements(By.xpath(".//button[contains(@id,':enable')]")))
                .hasSize(1);
        assertThat(TestData.text("select status from account where id = ?", account))
                .isEqualTo("DISABLED");
        assertThat(TestData.text(
                        "select actor from audit_event where action = 'ACCOUNT_DISABLED' and subject_id = ?", account))
                .isEqualTo(admin);

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, email, PASSWORD, "/my/profile.xhtml");
        Browser.waitFor(browser, By.cssSelector("#signIn\\:messages .ui-messages-error"));
        assertThat(browser.findElement(By.id("signIn:messages")).getText())
                .contains("Account disabled", "This account is disabled");
        assertThat(browser.findElements(By.id("nav:navProfile")))
                .as("not signed in")
                .isEmpty();
    }

    @Test
    void anAdminCannotDisableThemselves() {
        String admin = TestData.unique("users-page-self") + "@example.org";
        TestData.accountWithPassword(admin, PASSWORD, "ADMIN");
        Browser.signIn(browser, admin, PASSWORD, "/admin/accounts.xhtml");
        Browser.waitFor(browser, By.id("accounts:query")).sendKeys(admin);
        browser.findElement(By.id("accounts:search")).click();
        Browser.await(browser)
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#accounts\\:table_data > tr"), 1));

        row(admin).findElement(By.xpath(".//button[contains(@id,':disable')]")).click();
        Browser.waitFor(browser, By.id("accounts:disableReason")).sendKeys("testing");
        browser.findElement(By.id("accounts:confirmDisable")).click();
        Browser.waitFor(browser, By.id("accounts:confirmYes")).click();
        Browser.await(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("accounts:messages"), "Not your own account"));

        assertThat(row(admin).getText()).contains("ACTIVE");
        assertThat(TestData.text("select status from account where email = ?", admin))
                .isEqualTo("ACTIVE");
    }

    /** The table row of the account with this address. */
    private WebElement row(String email) {
        By row = By.xpath("//*[@id='accounts:table']//tr[td[contains(normalize-space(.),'" + email + "')]]");
        Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(row));
        return browser.findElement(row);
    }
}
