package org.boxoffice.web.organizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.itemsBody;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The analytics page in a real browser: an organizer finds the charts drawn (their canvases, and
 * the figures in the Chart.js configuration of each) and the tables beside them, and downloads the
 * CSV of a part, whose texts cannot run as formulas in a spreadsheet; an admin picks an
 * organisation.
 */
class AnalyticsPageIT extends BrowserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void anOrganizerSeesTheChartsWithTheFiguresAndDownloadsTheirCsv() throws Exception {
        long organisation = organisationInBerlin("Analytics page");
        // a title that a spreadsheet would run, and that would close a script if written raw
        GaEvent concert = TestData.publishedEvent(
                TestData.unique("=Analytics </script> concert"),
                "Bremen",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(30),
                "12.00",
                10);
        TestData.organiseEvent(concert.eventId(), organisation);
        String customer = Holds.customer();
        Holds.confirmed(customer, itemsBody(concert, 2));
        // one ticket on the last day of the period before the default one (the 30 days up to today)
        LocalDate today = LocalDate.now(BERLIN);
        String before = Holds.confirmed(customer, itemsBody(concert, 1)).getString("id");
        TestData.execute(
                "update ticket set created_at = ? where booking_id = ?",
                today.minusDays(30).atTime(12, 0).atZone(BERLIN).toOffsetDateTime(),
                Long.parseLong(before));

        String email = TestData.unique("analytics-organizer") + "@example.org";
        TestData.joinOrganisation(TestData.accountWithPassword(email, PASSWORD, "ORGANIZER"), organisation);
        Path downloads = Files.createTempDirectory(ItSettings.directory(), "downloads-");
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        Browser.signIn(browser, email, PASSWORD, "/organizer/events.xhtml");
        Browser.waitFor(browser, By.id("nav:navAnalytics")).click();
        Browser.waitFor(browser, By.id("analytics:explanation"));
        assertThat(browser.findElement(By.id("analytics:explanation")).getText())
                .contains("Europe/Berlin", today.minusDays(29).toString(), today.toString());
        assertThat(browser.findElement(By.id("analytics:from")).getAttribute("value"))
                .as("the default period is shown in the fields")
                .isEqualTo(today.minusDays(29).toString());
        assertThat(browser.findElement(By.id("analytics:to")).getAttribute("value"))
                .isEqualTo(today.toString());

        for (String chart : List.of("salesChart", "revenueChart", "sellThroughChart", "attendanceChart")) {
            assertThat(browser.findElements(By.cssSelector("#analytics\\:" + chart + " canvas")))
                    .as(chart + " has its canvas")
                    .hasSize(1);
        }
        // today is the last of the 30 days, beside the last day of the period before
        assertThat(datasets("salesChart")).containsExactly(series(29, 2), series(29, 1));
        assertThat(datasets("revenueChart")).containsExactly(series(29, 24), series(29, 12));
        assertThat(datasets("sellThroughChart")).containsExactly("30");
        assertThat(labels("sellThroughChart")).containsExactly(concert.title() + " · " + typeName(concert));
        assertThat(labels("attendanceChart")).containsExactly(concert.title());
        assertThat(browser.findElement(By.id("analytics:sellThroughTable")).getText())
                .contains(concert.title(), "3", "10", "30.0 %");
        Browser.screenshot(browser, "organizer-analytics");

        browser.findElement(By.id("analytics:salesCsv")).click();
        String sales = Files.readString(download(downloads, "-sales-"), StandardCharsets.UTF_8);
        assertThat(sales)
                .startsWith("day,previous_day,zone,tickets,previous_tickets\r\n")
                .contains(today + "," + today.minusDays(30) + ",Europe/Berlin,2,1\r\n");
        browser.findElement(By.id("analytics:sellThroughCsv")).click();
        String sellThrough = Files.readString(download(downloads, "-sell-through-"), StandardCharsets.UTF_8);
        assertThat(sellThrough).contains(concert.eventId() + ",'" + concert.title() + ",");
        assertThat(sellThrough).contains(",3,10,30.0\r\n");
    }

    /**
     * An admin shows one organisation, then picks another: the period shown follows, as it was the
     * first one's default and not typed. The two organisations are on different days whatever the
     * time (Kiritimati is UTC+14, Pago Pago UTC-11): kept from the first, the period would end a day
     * or two after the second's today, and today's sales would show as nothing.
     */
    @Test
    void anAdminPicksTheOrganisation() {
        long first = organisationIn("Analytics admin first", "Pacific/Kiritimati");
        long organisation = organisationIn("Analytics admin", "Pacific/Pago_Pago");
        GaEvent play = TestData.publishedEvent(
                TestData.unique("Analytics admin play"),
                "Bremen",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(30),
                "8.00",
                20);
        TestData.organiseEvent(play.eventId(), organisation);
        Holds.confirmed(Holds.customer(), itemsBody(play, 4));

        String admin = TestData.unique("analytics-admin") + "@example.org";
        TestData.accountWithPassword(admin, PASSWORD, "ADMIN");
        Browser.signIn(browser, admin, PASSWORD, "/organizer/analytics.xhtml");
        Browser.waitFor(browser, By.id("analytics:organisation"));
        showOrganisation(first);
        LocalDate firstToday = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
        assertThat(browser.findElement(By.id("analytics:to")).getAttribute("value"))
                .isEqualTo(firstToday.toString());

        showOrganisation(organisation);
        LocalDate today = LocalDate.now(ZoneId.of("Pacific/Pago_Pago"));
        assertThat(browser.findElement(By.id("analytics:to")).getAttribute("value"))
                .as("the period follows the organisation picked: it ends on its today")
                .isEqualTo(today.toString());
        Browser.await(browser).until(driver -> labels("attendanceChart").contains(play.title()));
        assertThat(datasets("salesChart").get(0)).endsWith(",4");
        assertThat(browser.findElement(By.id("analytics:attendanceTable")).getText())
                .contains(play.title(), "4", "0", "0.0 %");
    }

    /** Picks the organisation in the admin's menu and chooses "Show". */
    private void showOrganisation(long organisation) {
        String name = TestData.text("select name from organisation where id = ?", organisation);
        Browser.choose(browser, "organisationMenu", String.valueOf(organisation));
        WebElement show = browser.findElement(By.id("analytics:show"));
        show.click();
        Browser.await(browser).until(Browser.gone(show));
        Browser.await(browser).until(driver -> driver.findElement(By.id("analytics:explanation"))
                .getText()
                .contains(name));
    }

    private static long organisationInBerlin(String name) {
        return organisationIn(name, "Europe/Berlin");
    }

    private static long organisationIn(String name, String zone) {
        long organisation = TestData.organisation(TestData.unique(name));
        String email = TestData.unique("admin") + "@example.org";
        String admin = Tokens.valid(TestData.account(email, "ADMIN"), email, "ADMIN");
        HttpResponse<String> zoned =
                Api.put("/api/v1/admin/organisations/" + organisation + "/zone", "{\"zone\":\"" + zone + "\"}", admin);
        assertThat(zoned.statusCode()).as(zoned.body()).isEqualTo(200);
        return organisation;
    }

    private static String typeName(GaEvent event) {
        return TestData.text("select name from ticket_type where id = ?", event.ticketTypeId());
    }

    /** The chart's datasets as the browser drew them, each its values joined by commas. */
    @SuppressWarnings("unchecked")
    private List<String> datasets(String widget) {
        awaitChart(widget);
        return (List<String>) ((JavascriptExecutor) browser)
                .executeScript(
                        "return PrimeFaces.widgets[arguments[0]].chart.data.datasets.map(d => d.data.join(','));",
                        widget);
    }

    @SuppressWarnings("unchecked")
    private List<String> labels(String widget) {
        awaitChart(widget);
        return (List<String>) ((JavascriptExecutor) browser)
                .executeScript("return PrimeFaces.widgets[arguments[0]].chart.data.labels;", widget);
    }

    private void awaitChart(String widget) {
        Browser.await(browser).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("var w = PrimeFaces.widgets[arguments[0]]; return !!(w && w.chart);", widget));
    }

    /** 30 values: zeros, and {@code value} at {@code index}. */
    private static String series(int index, int value) {
        String[] values = new String[30];
        java.util.Arrays.fill(values, "0");
        values[index] = String.valueOf(value);
        return String.join(",", values);
    }

    private Path download(Path directory, String part) {
        return Browser.await(browser, 30).until(driver -> {
            try (Stream<Path> files = Files.list(directory)) {
                return files.filter(file -> file.getFileName().toString().contains(part)
                                && file.getFileName().toString().endsWith(".csv"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
