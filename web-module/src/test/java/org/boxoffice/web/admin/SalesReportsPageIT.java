package org.boxoffice.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.itemsBody;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * An admin makes the sales report of a past day with the page's button, in a real browser, and
 * finds its execution in the job history: COMPLETED, both events read, one with lines.
 */
class SalesReportsPageIT extends BrowserTest {

    private static final Pattern STARTED = Pattern.compile("running as report ([\\d,.]+)");

    @Test
    void anAdminMakesADaysReportAndSeesItsExecutionInTheJobHistory() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(4);
        String name = TestData.unique("Sales admin page");
        long organisation = TestData.organisation(name);
        OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30);
        GaEvent sold = TestData.publishedEvent(TestData.unique("Sales admin sold"), "Bremen", later, "8.00", 10);
        GaEvent quiet = TestData.publishedEvent(TestData.unique("Sales admin quiet"), "Bremen", later, "8.00", 10);
        TestData.organiseEvent(sold.eventId(), organisation);
        TestData.organiseEvent(quiet.eventId(), organisation);
        String booking = Holds.confirmed(Holds.customer(), itemsBody(sold, 3)).getString("id");
        TestData.execute(
                "update ticket set created_at = ? where booking_id = ?",
                day.atTime(9, 30).atOffset(ZoneOffset.UTC),
                Long.parseLong(booking));
        String admin = TestData.unique("reports-admin") + "@example.org";
        TestData.accountWithPassword(admin, PASSWORD, "ADMIN");

        Browser.signIn(browser, admin, PASSWORD, "/admin/sales-reports.xhtml");
        Browser.waitFor(browser, By.id("report:start"));
        assertThat(browser.getCurrentUrl()).contains("/admin/sales-reports.xhtml");
        Browser.choose(browser, "widget_report_organisation", String.valueOf(organisation));
        browser.findElement(By.id("report:day")).sendKeys(day.toString());
        browser.findElement(By.id("report:start")).click();
        waitForMessage("running as report");
        Matcher started = STARTED.matcher(browser.findElement(By.id("messages")).getText());
        assertThat(started.find()).isTrue();
        // the message formats the number ("1,050")
        String report = started.group(1).replaceAll("\\D", "");
        assertThat(browser.findElement(By.id("messages")).getText()).contains(day.toString());

        // the list shows the organisation's reports only (others', such as a night's, may fill its
        // first page): each "Refresh" below reads it with that choice
        Browser.choose(browser, "widget_reports_shown", String.valueOf(organisation));
        // the job runs in the background: "Refresh" until its execution has ended; each round waits
        // for the refresh to replace the history before it reads it
        AtomicReference<String> seen = new AtomicReference<>("no execution of report " + report);
        List<String> execution = Browser.await(browser, 120)
                .pollingEvery(Duration.ofMillis(500))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the execution of report " + report + " did not end; last seen: " + seen.get()
                        + "; the report is "
                        + TestData.text("select status from sales_report where id = ?", Long.parseLong(report)))
                .until(driver -> {
                    WebElement history = driver.findElement(By.id("jobs:executions"));
                    driver.findElement(By.id("reports:refresh")).click();
                    Browser.await(driver).until(Browser.gone(history));
                    Browser.waitFor(driver, By.id("jobs:executions"));
                    Optional<List<String>> cells = execution(report);
                    cells.ifPresent(found -> seen.set(found + " at " + LocalTime.now()));
                    return cells.filter(found -> !found.get(2).equals("STARTED")
                                    && !found.get(2).equals("STARTING"))
                            .orElse(null);
                });
        Browser.guidePicture(browser, "admin-sales-reports");
        // execution, report, state, started, duration, events read, events with lines, chunks
        assertThat(execution.get(1)).isEqualTo(report);
        assertThat(execution.get(2)).isEqualTo("COMPLETED");
        assertThat(execution.get(3)).as("when it started").matches(".*\\d{2}:\\d{2}.*");
        assertThat(execution.get(4)).as("its duration").matches("\\d+\\.\\d{3} s");
        assertThat(execution.get(5)).as("events read").isEqualTo("2");
        assertThat(execution.get(6)).as("events with lines").isEqualTo("1");
        assertThat(Long.parseLong(execution.get(7))).as("chunks committed").isPositive();
        assertThat(execution.get(8)).as("no step failed").isEmpty();

        WebElement row = browser.findElements(By.cssSelector("[id='reports:table_data'] > tr")).stream()
                .filter(candidate -> candidate
                        .findElements(By.tagName("td"))
                        .get(0)
                        .getText()
                        .strip()
                        .replaceAll("(?s).*\n", "")
                        .equals(report))
                .findFirst()
                .orElseThrow(() -> new AssertionError("report " + report + " is not in the list"));
        assertThat(row.getText()).contains(day.toString(), name, "3");
        assertThat(TestData.text("select status from sales_report where id = ?", Long.parseLong(report)))
                .isEqualTo("COMPLETED");
        assertThat(TestData.count("select tickets_sold from sales_report where id = ?", Long.parseLong(report)))
                .isEqualTo(3);
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'SALES_REPORT_STARTED' and detail like ?",
                        "sales report " + report + " %"))
                .isEqualTo(1);
        browser.get(Platform.uri("/admin/sales-reports.xhtml").toString());
        assertThat(execution(report)).as("still there on a new visit").isPresent();
    }

    /**
     * The cells of the report's execution in the job history, as the page shows them, read in one
     * script so that an update of the table cannot come between two cells.
     */
    @SuppressWarnings("unchecked")
    private Optional<List<String>> execution(String report) {
        List<List<String>> rows = (List<List<String>>) ((JavascriptExecutor) browser)
                .executeScript("return Array.from(document.querySelectorAll(\"[id='jobs:executions_data'] > tr\"))"
                        + ".map(row => Array.from(row.querySelectorAll('td')).map(cell => cell.innerText));");
        return rows.stream()
                .map(row -> row.stream()
                        // the column's title that reflow shows on small screens, if any, comes first
                        .map(text -> text.strip().replaceAll("(?s).*\n", ""))
                        .toList())
                .filter(cells -> cells.size() >= 9 && cells.get(1).equals(report))
                .findFirst();
    }
}
