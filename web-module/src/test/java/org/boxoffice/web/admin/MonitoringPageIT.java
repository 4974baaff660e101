package org.boxoffice.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.itemsBody;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.Holds;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An admin watches the monitoring page in a real browser: the health checks UP, the business
 * chart drawn, a hold made over the API counted in its minute at the next refresh, an event on
 * sale with its tickets exactly as they stand, and a sales report's job execution in the job
 * history. A customer is refused the page.
 */
class MonitoringPageIT extends BrowserTest {

    private static final Pattern STARTED = Pattern.compile("running as report ([\\d,.]+)");

    @Test
    void anAdminSeesHealthTheBusinessPerMinuteAndAnEventsAvailability() {
        String title = TestData.unique("Monitoring on sale");
        GaEvent event = TestData.publishedEvent(
                title, "Kassel", OffsetDateTime.now(ZoneOffset.UTC).plusDays(40), "8.00", 10);
        Holds.confirmed(Holds.customer(), itemsBody(event, 3));
        String admin = TestData.unique("monitoring-admin") + "@example.org";
        TestData.accountWithPassword(admin, PASSWORD, "ADMIN");

        Browser.signIn(browser, admin, PASSWORD, "/admin/monitoring.xhtml");
        Browser.await(browser, 60).until(ExpectedConditions.presenceOfElementLocated(By.id("checks")));
        assertThat(browser.getCurrentUrl()).contains("/admin/monitoring.xhtml");
        assertThat(browser.findElement(By.id("nav:navAdmin")).getText()).isEqualTo("Admin console");

        // health: every check of the application, each UP with its data
        Map<String, String> checks = new HashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("[id='checks_data'] > tr"))) {
            List<String> cells = cells(row);
            checks.put(cells.get(0), cells.get(2) + " | " + cells.get(1) + " | " + cells.get(3));
        }
        assertThat(checks).containsOnlyKeys("broker", "database", "heap");
        assertThat(checks.get("database")).startsWith("UP | readiness | detail: ");
        assertThat(checks.get("broker")).startsWith("UP | readiness | detail: ");
        assertThat(checks.get("heap")).startsWith("UP | liveness | ").contains("maxMiB: ", "usedMiB: ");
        assertThat(browser.findElement(By.id("overall")).getText()).isEqualTo("UP");
        assertThat(browser.findElement(By.id("name")).getText())
                .as("the instance the per-instance charts are of")
                .contains("@");

        // the business chart is drawn, with its figures in the widget's configuration
        WebElement canvas = Browser.waitFor(browser, By.cssSelector("[id='businessChart'] canvas"));
        assertThat(canvas.getSize().getWidth()).isPositive();
        assertThat(canvas.getSize().getHeight()).isPositive();
        assertThat(browser.findElements(By.cssSelector("[id='queuesChart'] canvas")))
                .hasSize(1);
        JsonObject chart = chartData("businessChart");
        assertThat(chart.getJsonArray("labels")).hasSize(30);
        assertThat(chart.getJsonArray("datasets").getValuesAs(JsonObject.class).stream()
                        .map(set -> set.getString("label"))
                        .toList())
                .containsExactly("Holds", "Confirmations", "Payments", "Declined payments", "Refunds", "Check-ins");
        Map<String, Long> holdsBefore = holdsPerMinute(chart);

        // a hold made now is counted in its minute at the next refresh
        HttpResponse<String> held = Holds.hold(Holds.customer(), itemsBody(event, 2));
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        Map<String, Long> holdsAfter = Browser.await(browser, 90)
                .pollingEvery(Duration.ofSeconds(1))
                .ignoring(WebDriverException.class)
                .until(driver -> {
                    Map<String, Long> now = holdsPerMinute(chartData("businessChart"));
                    return now.entrySet().stream()
                                    .anyMatch(
                                            minute -> minute.getValue() > holdsBefore.getOrDefault(minute.getKey(), 0L))
                            ? now
                            : null;
                });
        assertThat(holdsAfter.values().stream().mapToLong(Long::longValue).sum())
                .isPositive();
        assertThat(chartData("queuesChart").getJsonArray("datasets")).hasSize(3);
        assertThat(chartData("queuesChart").getJsonArray("labels").size())
                .as("a sample at the start and one per refresh since")
                .isGreaterThanOrEqualTo(2);
        Browser.guidePicture(browser, "admin-monitoring");

        // the event on sale, found by its title: 10 places, 3 sold, 2 held, 5 left
        browser.findElement(By.id("events:title")).sendKeys(title);
        browser.findElement(By.id("events:search")).click();
        // event, title, starts, capacity, sold, held, available, sell-through; the search replaces the
        // table, so the wait reads the rows until only this event's is left
        List<String> cells = Browser.await(browser, 60).until(driver -> {
            List<WebElement> rows = driver.findElements(By.cssSelector("[id='events:table_data'] > tr"));
            if (rows.size() != 1) {
                return null;
            }
            List<String> row = cells(rows.get(0));
            return row.size() >= 8 && row.get(1).equals(title) ? row : null;
        });
        assertThat(cells.get(0)).isEqualTo(String.valueOf(event.eventId()));
        assertThat(cells.get(1)).isEqualTo(title);
        assertThat(cells.subList(3, 8)).containsExactly("10", "3", "2", "5", "30.0 %");
    }

    @Test
    void anAdminFindsASalesReportsExecutionInTheJobHistory() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(5);
        long organisation = TestData.organisation(TestData.unique("Monitoring jobs"));
        String admin = TestData.unique("monitoring-jobs") + "@example.org";
        TestData.accountWithPassword(admin, PASSWORD, "ADMIN");
        Browser.signIn(browser, admin, PASSWORD, "/admin/sales-reports.xhtml");
        Browser.waitFor(browser, By.id("report:start"));
        Browser.choose(browser, "widget_report_organisation", String.valueOf(organisation));
        browser.findElement(By.id("report:day")).sendKeys(day.toString());
        browser.findElement(By.id("report:start")).click();
        waitForMessage("running as report");
        Matcher started = STARTED.matcher(browser.findElement(By.id("messages")).getText());
        assertThat(started.find()).isTrue();
        String report = started.group(1).replaceAll("\\D", "");

        browser.findElement(By.id("nav:navAdmin")).click();
        Browser.waitFor(browser, By.id("console-monitoring")).click();
        Browser.await(browser, 60).until(ExpectedConditions.presenceOfElementLocated(By.id("executions")));
        // the page refreshes itself: wait for the job's execution to have ended
        List<String> execution = Browser.await(browser, 120)
                .pollingEvery(Duration.ofSeconds(1))
                .until(driver -> execution("report=" + report)
                        .filter(cells -> !cells.get(2).startsWith("START"))
                        .orElse(null));
        // job, execution, state, started, duration, read, written, commits, failed step, parameters
        assertThat(execution.get(0)).isEqualTo("sales-report");
        assertThat(execution.get(2)).isEqualTo("COMPLETED");
        assertThat(execution.get(3)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(execution.get(4)).matches("\\d+\\.\\d{3} s");
        assertThat(execution.get(8)).as("no step failed").isEmpty();
        assertThat(execution.get(9)).contains("day=" + day);
    }

    @Test
    void aCustomerIsRefusedThePage() {
        String customer = TestData.unique("monitoring-customer") + "@example.org";
        TestData.accountWithPassword(customer, PASSWORD, "CUSTOMER");
        Browser.signIn(browser, customer, PASSWORD, "/admin/monitoring.xhtml");
        Browser.await(browser, 60)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.tagName("body"), "You may not see this page"));
        assertThat(browser.findElements(By.id("checks"))).isEmpty();
        assertThat(browser.findElements(By.id("nav:navAdmin"))).isEmpty();
    }

    /** The labels and data of a chart, as its PrimeFaces widget gave them to Chart.js. */
    private JsonObject chartData(String widget) {
        String data = (String) ((JavascriptExecutor) browser)
                .executeScript("return JSON.stringify(PF(arguments[0]).chart.data);", widget);
        try (JsonReader reader = Json.createReader(new StringReader(data))) {
            return reader.readObject();
        }
    }

    /** The holds of each minute of the business chart, by the minute's label. */
    private static Map<String, Long> holdsPerMinute(JsonObject chart) {
        JsonArray labels = chart.getJsonArray("labels");
        JsonArray holds = chart.getJsonArray("datasets").getJsonObject(0).getJsonArray("data");
        Map<String, Long> perMinute = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            JsonValue value = holds.get(i);
            perMinute.put(
                    labels.getString(i),
                    value.getValueType() == JsonValue.ValueType.NUMBER
                            ? holds.getJsonNumber(i).longValue()
                            : 0L);
        }
        return perMinute;
    }

    /** The cells of the job history's row whose parameters contain {@code parameter}. */
    private Optional<List<String>> execution(String parameter) {
        return browser.findElements(By.cssSelector("[id='executions_data'] > tr")).stream()
                .map(MonitoringPageIT::cells)
                .filter(cells ->
                        cells.size() >= 10 && List.of(cells.get(9).split(", ")).contains(parameter))
                .findFirst();
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                // the column's title that reflow shows on small screens, if any, comes first
                .map(text -> text.strip().replaceAll("(?s).*\n", ""))
                .toList();
    }
}
