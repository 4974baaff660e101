package org.boxoffice.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.boxoffice.it.Api;
import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An admin creates an organisation on the organisations page and makes an account its finance
 * contact by address, in a real browser; that account then reads the organisation's sales reports.
 * A name taken already is refused with a message.
 */
class OrganisationsPageIT extends BrowserTest {

    @Test
    void anAdminCreatesAnOrganisationAndAddsAFinanceContactWhoThenSeesItsReports() throws Exception {
        String adminEmail = TestData.unique("orgs-page-admin") + "@example.org";
        long admin = TestData.accountWithPassword(adminEmail, PASSWORD, "ADMIN");
        String finance = TestData.unique("orgs-page-finance") + "@example.org";
        long account = TestData.accountWithPassword(finance, PASSWORD, "CUSTOMER");
        String name = TestData.unique("Page Hall");
        Browser.signIn(browser, adminEmail, PASSWORD, "/admin/organisations.xhtml");
        Browser.waitFor(browser, By.id("create:name")).sendKeys(name);
        assertThat(browser.findElements(By.id("nav:navAdmin"))).hasSize(1);

        browser.findElement(By.id("create:create")).click();
        waitForMessage("The organisation " + name + " is created.");
        Browser.await(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("details:heading"), name));
        long organisation = TestData.count("select id from organisation where name = ?", name);

        Browser.waitFor(browser, By.id("details:memberEmail")).sendKeys(finance);
        browser.findElement(By.id("details:addMember")).click();
        waitForMessage(finance + " is finance contact of " + name + ".");
        Browser.await(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("details:members"), finance));
        assertThat(browser.findElement(By.id("details:members")).getText()).contains("CUSTOMER, FINANCE");
        Browser.guidePicture(browser, "admin-organisations");

        assertThat(TestData.organisationOf(account)).isEqualTo(organisation);
        assertThat(TestData.text(
                        "select string_agg(role, ',' order by role) from account_role where account_id = ?", account))
                .isEqualTo("CUSTOMER,FINANCE");
        assertThat(TestData.text(
                        "select actor from audit_event where action = 'ORGANISATION_MEMBER_ADDED' and subject_id = ?",
                        account))
                .isEqualTo(adminEmail);

        // a report of the organisation's day, which its finance contact may now read
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        HttpResponse<String> started = Api.post(
                "/api/v1/reports",
                "{\"organisationId\":\"" + organisation + "\",\"day\":\"" + day + "\"}",
                Tokens.valid(admin, adminEmail, "ADMIN"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long report = Long.parseLong(Http.json(started).getString("id"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (TestData.text("select status from sales_report where id = ?", report)
                        .equals("RUNNING")
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, finance, PASSWORD, "/finance/reports.xhtml");
        Browser.await(browser, 30)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("reports:table"), name));
        assertThat(browser.findElement(By.id("reports:table")).getText()).contains(day.toString(), name);
    }

    @Test
    void aTakenNameIsRefusedWithAMessage() {
        String admin = TestData.unique("orgs-page-taken") + "@example.org";
        TestData.accountWithPassword(admin, PASSWORD, "ADMIN");
        String name = TestData.unique("Taken Page Hall");
        TestData.organisation(name);
        Browser.signIn(browser, admin, PASSWORD, "/admin/organisations.xhtml");

        Browser.waitFor(browser, By.id("create:name")).sendKeys(name.toUpperCase(Locale.ROOT));
        browser.findElement(By.id("create:create")).click();

        waitForMessage("Organisation name taken");
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("exists already", name.toUpperCase(Locale.ROOT));
        assertThat(TestData.count("select count(*) from organisation where lower(name) = lower(?)", name))
                .isEqualTo(1);
        assertThat(browser.findElements(By.id("details:heading"))).isEmpty();
    }
}
