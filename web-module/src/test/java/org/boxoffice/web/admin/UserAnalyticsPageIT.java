package org.boxoffice.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.itemsBody;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.boxoffice.it.Api;
import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.Holds;
import org.boxoffice.it.ItSettings;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An admin opens the user analytics in a real browser, shows three days of May 2002 (where only
 * this test's bookings lie), finds the charts drawn with the figures of the buyer who allowed
 * analytics and none of the one who did not, and downloads them all as CSV.
 */
class UserAnalyticsPageIT extends BrowserTest {

    private static final LocalDate FIRST = LocalDate.of(2002, 5, 1);
    private static final LocalDate LAST = LocalDate.of(2002, 5, 3);
    private static final Pattern CONSENT =
            Pattern.compile("Figures count only the (\\d+) accounts? that allowed analytics\\.");

    @Test
    void anAdminSeesTheChartsOfTheBuyersWhoAllowedAnalyticsAndDownloadsThem() throws Exception {
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30);
        GaEvent concert = TestData.publishedEvent(TestData.unique("Analytics concert"), "Kiel", startsAt, "10.00", 50);
        GaEvent play = TestData.publishedEvent(TestData.unique("Analytics play"), "Lübeck", startsAt, "10.00", 50);
        // a category named as a formula and with markup: the chart, the table and the CSV keep it harmless
        String category = "=1+1 <i>" + TestData.unique("rock") + "</i>";
        TestData.execute(
                "update category set name = ? where id = (select category_id from event where id = ?)",
                category,
                concert.eventId());
        String playCategory = TestData.text(
                "select g.name from category g join event e on e.category_id = g.id where e.id = ?", play.eventId());

        long fan = TestData.account(TestData.unique("fan") + "@example.org", "CUSTOMER");
        String fanToken = token(fan);
        choose(fanToken, true);
        booking(fanToken, concert, 2, FIRST.plusDays(1));
        booking(fanToken, play, 1, LAST);
        TestData.execute("update account set created_at = ? where id = ?", at(FIRST), fan);

        long privateBuyer = TestData.account(TestData.unique("private") + "@example.org", "CUSTOMER");
        String privateToken = token(privateBuyer);
        choose(privateToken, false);
        booking(privateToken, play, 3, FIRST.plusDays(1));
        TestData.execute("update account set created_at = ? where id = ?", at(FIRST.plusDays(1)), privateBuyer);

        String admin = TestData.unique("analytics-admin") + "@example.org";
        TestData.accountWithPassword(admin, PASSWORD, "ADMIN");
        Path downloads = Files.createTempDirectory(ItSettings.directory(), "downloads-");
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        Browser.signIn(browser, admin, PASSWORD, "/admin/user-analytics.xhtml");
        Browser.waitFor(browser, By.id("period:from"));
        assertThat(browser.findElements(By.id("nav:navAdmin"))).hasSize(1);
        assertThat(browser.findElement(By.id("period:to")).getAttribute("value"))
                .as("the last 30 days up to today, until another period is shown")
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());

        browser.findElement(By.id("period:from")).clear();
        browser.findElement(By.id("period:from")).sendKeys(FIRST.toString());
        browser.findElement(By.id("period:to")).clear();
        browser.findElement(By.id("period:to")).sendKeys(LAST.toString());
        long consentingBefore = consenting();
        browser.findElement(By.id("period:show")).click();
        Browser.await(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("periodShown"), "From 2002-05-01 to 2002-05-03, days in UTC."));
        long consentingAfter = consenting();
        Browser.await(browser).until(driver -> chartData("newAccountsChart").size() == 3);
        Browser.guidePicture(browser, "admin-user-analytics");

        Matcher consent = CONSENT.matcher(browser.findElement(By.id("consent")).getText());
        assertThat(consent.matches())
                .as(browser.findElement(By.id("consent")).getText())
                .isTrue();
        assertThat(Long.parseLong(consent.group(1))).isBetween(consentingBefore, consentingAfter);

        assertThat(browser.findElement(By.id("newAccountsChart_canvas"))
                        .getSize()
                        .getWidth())
                .as("the line chart's canvas is drawn")
                .isPositive();
        assertThat(js("return PF('newAccountsChart').chart.config.type")).isEqualTo("line");
        assertThat(chartData("newAccountsChart")).containsExactly(1L, 0L, 0L);
        assertThat(chartLabels("newAccountsChart")).containsExactly("2002-05-01", "2002-05-02", "2002-05-03");
        assertThat(js("return PF('categoriesChart').chart.config.type")).isEqualTo("bar");
        assertThat(chartLabels("categoriesChart")).containsExactly(category, playCategory);
        assertThat(chartData("categoriesChart")).containsExactly(2L, 1L);
        assertThat(chartLabels("citiesChart")).containsExactly("Kiel", "Lübeck");
        assertThat(chartData("citiesChart")).containsExactly(2L, 1L);

        assertThat(browser.findElement(By.id("activeBuyers")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("repeatBuyers")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("categories")).getText())
                .as("the table beside the chart, the name as text")
                .contains(category + " 2", playCategory + " 1");
        assertThat(browser.findElement(By.id("cities")).getText()).contains("Kiel 2", "Lübeck 1");
        assertThat(browser.findElement(By.id("newAccounts")).getText()).contains("2002-05-01 1", "2002-05-02 0");

        browser.findElement(By.id("export:csv")).click();
        Path csv = Browser.await(browser, 30).until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(file -> file.getFileName().toString().endsWith(".csv"))
                        .findFirst()
                        .orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        assertThat(csv.getFileName().toString()).isEqualTo("user-analytics-2002-05-01-2002-05-03.csv");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                .isEqualTo("figure,label,value\r\n"
                        + "period_from,,2002-05-01\r\n"
                        + "period_to,,2002-05-03\r\n"
                        + "zone,,UTC\r\n"
                        + "accounts_allowing_analytics,," + consent.group(1) + "\r\n"
                        + "new_accounts,2002-05-01,1\r\n"
                        + "new_accounts,2002-05-02,0\r\n"
                        + "new_accounts,2002-05-03,0\r\n"
                        + "active_buyers,,1\r\n"
                        + "repeat_buyers,,1\r\n"
                        + "tickets_by_category,'" + category + ",2\r\n"
                        + "tickets_by_category," + playCategory + ",1\r\n"
                        + "tickets_by_event_city,Kiel,2\r\n"
                        + "tickets_by_event_city,Lübeck,1\r\n");

        browser.findElement(By.id("period:from")).clear();
        browser.findElement(By.id("period:from")).sendKeys("2002-05-04");
        browser.findElement(By.id("period:show")).click();
        waitForMessage("Period reversed");
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("The period from 2002-05-04 to 2002-05-03 ends before it begins.");
        assertThat(browser.findElement(By.id("periodShown")).getText())
                .as("the figures shown stay")
                .isEqualTo("From 2002-05-01 to 2002-05-03, days in UTC.");
    }

    private static String token(long account) {
        String email = TestData.text("select email from account where id = ?", account);
        return Tokens.valid(account, email, "CUSTOMER");
    }

    /** The customer's analytics choice, made over the API as the privacy settings make it. */
    private static void choose(String token, boolean analytics) {
        HttpResponse<String> chosen = Api.put(
                "/api/v1/accounts/me/preferences", "{\"marketing\":false,\"analytics\":" + analytics + "}", token);
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
    }

    /** A booking confirmed over the API, its tickets then dated to noon of the day. */
    private static void booking(String token, GaEvent event, int tickets, LocalDate day) {
        long booking =
                Long.parseLong(Holds.confirmed(token, itemsBody(event, tickets)).getString("id"));
        TestData.execute("update ticket set created_at = ? where booking_id = ?", at(day).plusHours(12), booking);
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static long consenting() {
        return TestData.count("select count(*) from consent c where kind = 'ANALYTICS' and granted and not exists"
                + " (select 1 from consent n where n.account_id = c.account_id and n.kind = c.kind"
                + " and (n.recorded_at > c.recorded_at or (n.recorded_at = c.recorded_at and n.id > c.id)))");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @SuppressWarnings("unchecked")
    private List<Long> chartData(String widget) {
        Object data = js("var w = PF('" + widget + "'); return w && w.chart ? w.chart.data.datasets[0].data : [];");
        return (List<Long>) data;
    }

    @SuppressWarnings("unchecked")
    private List<String> chartLabels(String widget) {
        return (List<String>) js("return PF('" + widget + "').chart.data.labels;");
    }
}
