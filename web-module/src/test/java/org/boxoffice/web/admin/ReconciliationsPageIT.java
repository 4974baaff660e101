package org.boxoffice.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An admin reconciles a day on the reconciliations page and reads a run's differences, in a real
 * browser.
 */
class ReconciliationsPageIT extends BrowserTest {

    @Test
    void anAdminReconcilesADayAndOpensItsRun() {
        signInAsAdmin();
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        browser.findElement(By.id("reconcile:day")).sendKeys(future);
        browser.findElement(By.id("reconcile:start")).click();
        waitForMessage("Day in the future");
        long runs = TestData.count("select count(*) from reconciliation_run");

        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        browser.findElement(By.id("reconcile:day")).clear();
        browser.findElement(By.id("reconcile:day")).sendKeys(yesterday);
        browser.findElement(By.id("reconcile:start")).click();
        waitForMessage("The reconciliation of " + yesterday + " is running as run");
        assertThat(TestData.count("select count(*) from reconciliation_run")).isEqualTo(runs + 1);
        String run = TestData.text("select max(id) from reconciliation_run where run_day = cast(? as date)", yesterday);
        Browser.await(browser, 120).until(driver -> {
            driver.findElement(By.id("runs:refresh")).click();
            return TestData.text("select status from reconciliation_run where id = ?", Long.parseLong(run))
                            .equals("RUNNING")
                    ? null
                    : true;
        });
        Browser.guidePicture(browser, "admin-reconciliations");

        browser.findElement(By.xpath("//a[contains(@href,'run=" + run + "')]")).click();
        Browser.waitFor(browser, By.id("heading"));
        assertThat(browser.findElement(By.id("heading")).getText()).contains(yesterday);
        assertThat(browser.findElement(By.id("summary")).getText()).startsWith("Days in UTC.");
    }

    @Test
    void aRunsDifferencesAreListedWithWhatWasDone() {
        long run = TestData.count("select nextval('reconciliation_run_seq')");
        TestData.execute(
                "insert into reconciliation_run (id, run_day, zone, provider, status, started_at, ended_at, matched,"
                        + " differences, resolved, version) values (?, date '2026-12-01', 'UTC', 'test', 'COMPLETED',"
                        + " now(), now(), 7, 2, 1, 1)",
                run);
        TestData.execute(
                "insert into reconciliation_difference (id, run_id, kind, provider_reference, provider_amount,"
                        + " provider_currency, resolution, detail, found_at) values (nextval('reconciliation_difference_seq'),"
                        + " ?, 'CHARGE_MISSING_HERE', 'ch_page_test', 10.00, 'EUR', 'REPORTED',"
                        + " 'no payment here has this charge', now())",
                run);
        TestData.execute(
                "insert into reconciliation_difference (id, run_id, kind, payment_id, booking_id, provider_reference,"
                        + " our_amount, our_currency, provider_amount, provider_currency, resolution, detail, found_at)"
                        + " values (nextval('reconciliation_difference_seq'), ?, 'CHARGE_MISSING_HERE', 4711, 815,"
                        + " 'ch_page_test_2', 25.00, 'EUR', 25.00, 'EUR', 'BOOKING_CONFIRMED', 'our payment is PENDING',"
                        + " now())",
                run);
        signInAsAdmin();

        browser.get(Platform.uri("/admin/reconciliation.xhtml?run=" + run).toString());
        Browser.waitFor(browser, By.id("run:differences"));

        String table = browser.findElement(By.id("run:differences")).getText();
        assertThat(table)
                .contains("Charged by the provider, not paid here", "ch_page_test", "10.00 EUR", "Look into it")
                .contains("4711", "815", "25.00 EUR", "Booking confirmed", "our payment is PENDING");
        assertThat(browser.findElement(By.id("summary")).getText())
                .contains("Completed", "7 records matched, 2 differences, 1 settled");
        Browser.guidePicture(browser, "admin-reconciliation");
    }

    private void signInAsAdmin() {
        String admin = TestData.unique("reconciling-admin") + "@example.org";
        TestData.accountWithPassword(admin, PASSWORD, "ADMIN");
        Browser.signIn(browser, admin, PASSWORD, "/admin/reconciliations.xhtml");
        Browser.waitFor(browser, By.id("reconcile:day"));
    }
}
