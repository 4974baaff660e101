package org.boxoffice.web.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.itemsBody;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.boxoffice.it.Api;
import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.ItSettings;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** A finance contact finds its organisation's report on the reports page and downloads its CSV, in a real browser. */
class ReportsPageIT extends BrowserTest {

    @Test
    void aFinanceContactDownloadsItsOrganisationsReport() throws Exception {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        long organisation = TestData.organisation(TestData.unique("Sales page"));
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Sales page concert"),
                "Bremen",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(30),
                "12.00",
                10);
        TestData.organiseEvent(event.eventId(), organisation);
        String customer = Holds.customer();
        String booking = Holds.confirmed(customer, itemsBody(event, 2)).getString("id");
        TestData.execute(
                "update ticket set created_at = ? where booking_id = ?",
                day.atTime(12, 0).atOffset(ZoneOffset.UTC),
                Long.parseLong(booking));
        String adminEmail = TestData.unique("admin") + "@example.org";
        String admin = Tokens.valid(TestData.account(adminEmail, "ADMIN"), adminEmail, "ADMIN");
        HttpResponse<String> started = Api.post(
                "/api/v1/reports", "{\"organisationId\":\"" + organisation + "\",\"day\":\"" + day + "\"}", admin);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String report = Http.json(started).getString("id");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (TestData.text("select status from sales_report where id = ?", Long.parseLong(report))
                        .equals("RUNNING")
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }

        String finance = TestData.unique("finance") + "@example.org";
        long account = TestData.accountWithPassword(finance, PASSWORD, "FINANCE");
        TestData.joinOrganisation(account, organisation);
        Path downloads = Files.createTempDirectory(ItSettings.directory(), "downloads-");
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        Browser.signIn(browser, finance, PASSWORD, "/finance/reports.xhtml");
        Browser.waitFor(browser, By.id("reports:table"));
        String table = browser.findElement(By.id("reports:table")).getText();
        assertThat(table).contains(day.toString(), "Completed");
        Browser.screenshot(browser, "finance-reports");

        browser.findElement(By.cssSelector(".bo-report-csv")).click();
        Path csv = Browser.await(browser, 30).until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(file -> file.getFileName().toString().endsWith(".csv"))
                        .findFirst()
                        .orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        assertThat(csv.getFileName().toString()).isEqualTo("sales-" + organisation + "-" + day + "-" + report + ".csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("," + event.eventId() + "," + event.title() + ",")
                .contains(",EUR,2,0,24.00,");

        browser.get(Platform.uri("/admin/sales-reports.xhtml").toString());
        assertThat(browser.getPageSource()).doesNotContain("Job history");
    }
}
