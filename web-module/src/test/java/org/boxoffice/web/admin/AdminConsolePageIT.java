package org.boxoffice.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin console's start page, from the navigation: every admin page is listed with what it is
 * for, and each of its links opens that page; a customer has neither the link nor the page.
 */
class AdminConsolePageIT extends BrowserTest {

    /** The pages listed, in their order, each page's heading, and its address when it is not under /admin. */
    private static final List<List<String>> PAGES = List.of(
            List.of("accounts", "Accounts"),
            List.of("organisations", "Organisations"),
            List.of("categories", "Event categories"),
            List.of("settings", "System settings"),
            List.of("monitoring", "Monitoring"),
            List.of("user-analytics", "User analytics"),
            List.of("sales-reports", "Sales reports"),
            List.of("reconciliations", "Reconciliations"),
            List.of("dead-letters", "Dead letters"),
            List.of("moderation", "Moderation"),
            List.of("desk", "Support desk", "/support/desk.xhtml"),
            List.of("audit", "Audit trail"));

    @Test
    void anAdminFindsEveryAdminPageOnTheConsoleAndACustomerDoesNot() {
        String admin = TestData.unique("console-admin") + "@example.org";
        TestData.accountWithPassword(admin, PASSWORD, "ADMIN");
        Browser.signIn(browser, admin, PASSWORD, "/my/bookings.xhtml");
        Browser.waitFor(browser, By.id("nav:navAdmin")).click();
        Browser.waitFor(browser, By.id("console"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Admin console");
        assertThat(browser.findElements(By.cssSelector("#console li a")).stream()
                        .map(link -> link.getAttribute("id"))
                        .toList())
                .containsExactlyElementsOf(
                        PAGES.stream().map(page -> "console-" + page.get(0)).toList());
        Browser.guidePicture(browser, "admin-console");

        for (List<String> page : PAGES) {
            browser.get(Platform.uri("/admin/index.xhtml").toString());
            Browser.waitFor(browser, By.id("console-" + page.get(0))).click();
            Browser.await(browser)
                    .until(ExpectedConditions.urlContains(
                            page.size() > 2 ? page.get(2) : "/admin/" + page.get(0) + ".xhtml"));
            assertThat(Browser.waitFor(browser, By.tagName("h1")).getText())
                    .as(page.get(0))
                    .startsWith(page.get(1));
        }

        browser.findElement(By.id("nav:signOut")).click();
        String customer = TestData.unique("console-customer") + "@example.org";
        TestData.accountWithPassword(customer, PASSWORD, "CUSTOMER");
        Browser.signIn(browser, customer, PASSWORD, "/my/bookings.xhtml");
        Browser.waitFor(browser, By.id("nav:navProfile"));
        assertThat(browser.findElements(By.id("nav:navAdmin"))).isEmpty();
        browser.get(Platform.uri("/admin/index.xhtml").toString());
        assertThat(browser.getPageSource()).contains("You may not see this page");
    }
}
