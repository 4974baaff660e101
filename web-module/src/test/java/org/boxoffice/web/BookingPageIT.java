package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boxoffice.it.Browser;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.TestData.SeatedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Booking in a real browser: seats picked on the map (one of them taken by someone else first),
 * held, counted down, paid by card and confirmed with their ticket codes, then found in "My
 * bookings" with each ticket's PDF and code image; general-admission places paid after a declined card with a 3-D Secure card, and
 * cancelled with a refund; the best two seats held side by side and paid with the PayPal-like
 * method; free places confirmed without a payment.
 */
class BookingPageIT {

    private static final String PASSWORD = "a fine long passphrase";
    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    /** The test seat map's size in SVG units: 4 seats of 13 after 28 for the labels, 2 rows after 36. */
    private static final double MAP_WIDTH = 83;

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
    void aCustomerPicksTwoSeatsHoldsThemPaysByCardAndFindsTheBookingWithItsTickets() {
        String title = TestData.unique("Booking Night");
        SeatedEvent event = TestData.seatedEvent(title, 2, 4, "PUBLISHED");
        String email = customer();

        // not signed in: the page offers the sign-in, which comes back to it
        browser.get(Platform.uri("/event.xhtml?id=" + event.eventId()).toString());
        Browser.waitFor(browser, By.id("signInToBook")).click();
        Browser.waitFor(browser, By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        wait(20).until(ExpectedConditions.attributeToBe(By.id("seatMap"), "data-seats", "8"));
        assertThat(browser.getCurrentUrl()).contains("/event.xhtml?id=" + event.eventId());

        clickSeat(0, 0);
        clickSeat(0, 1);
        assertThat(browser.findElement(By.id("seatMap")).getAttribute("data-selected"))
                .isEqualTo("2");
        assertThat(browser.findElement(By.id("seatSelection")).getText())
                .contains("Row A, seat 1; Row A, seat 2", "€84.00");
        Browser.screenshot(browser, "booking-seats-chosen");

        // someone else takes seat 2 meanwhile: nothing is held, seat 1 stays chosen, another seat is added
        TestData.execute(
                "update event_seat set status = 'HELD' where event_id = ? and seat_id = ?",
                event.eventId(),
                event.seatIds().get(1));
        browser.findElement(By.id("seats:hold")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".ui-messages-error"))
                        .getText())
                .contains("Seats not available");
        wait(20).until(ExpectedConditions.attributeToBe(By.id("seatMap"), "data-count-held", "1"));
        assertThat(browser.findElement(By.id("seatMap")).getAttribute("data-selected"))
                .isEqualTo("1");
        clickSeat(0, 2);
        assertThat(browser.findElement(By.id("seatSelection")).getText())
                .contains("Row A, seat 1; Row A, seat 3", "€84.00");
        browser.findElement(By.id("seats:hold")).click();

        wait(20).until(ExpectedConditions.urlContains("/my/booking.xhtml?id="));
        String booking = bookingId();
        assertThat(browser.findElement(By.id("event")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Held, not paid yet");
        assertThat(browser.findElement(By.id("lines")).getText())
                .contains("Stalls, row A, seat 1", "Stalls, row A, seat 3");
        assertThat(browser.findElement(By.id("total")).getText()).contains("84.00");
        wait(5).until(ExpectedConditions.textMatches(
                By.id("countdown"), java.util.regex.Pattern.compile("Held for you for another (9|10):[0-5][0-9]")));
        Browser.screenshot(browser, "booking-held");

        browser.findElement(By.id("pay:cardNumber")).sendKeys("4242 4242 4242 4242");
        browser.findElement(By.id("pay:expiry")).sendKeys("12/34");
        browser.findElement(By.id("pay:cvc")).sendKeys("123");
        browser.findElement(By.id("pay:pay")).click();

        WebElement confirmation = Browser.waitFor(browser, By.id("confirmation"));
        assertThat(confirmation.getText()).contains("Booking confirmed", "84.00", "Visa ending in 4242");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Confirmed");
        List<String> codes = codes();
        assertThat(codes).hasSize(2).doesNotHaveDuplicates().allMatch(code -> code.matches("[0-9A-Z]{109,141}"));
        assertThat(browser.findElements(By.id("countdown"))).isEmpty();
        assertThat(browser.findElements(By.id("pay:pay"))).isEmpty();
        Browser.screenshot(browser, "booking-confirmed");

        browser.findElement(By.id("nav:navBookings")).click();
        WebElement table = Browser.waitFor(browser, By.id("bookings:table"));
        assertThat(table.getText()).contains(title, "Confirmed", "84.00");
        assertThat(pdfPages(table.findElement(By.cssSelector("a[id$='ticketsPdf']"))))
                .as("My bookings: all tickets of the booking as one PDF")
                .isEqualTo(2);
        List<WebElement> eachPdf = table.findElements(By.className("bo-ticket-pdf"));
        assertThat(eachPdf).extracting(WebElement::getText).containsExactly("Ticket 1 (PDF)", "Ticket 2 (PDF)");
        assertThat(pdfPages(eachPdf.get(1)))
                .as("My bookings: a ticket's own PDF")
                .isEqualTo(1);
        List<WebElement> eachCode = table.findElements(By.className("bo-ticket-image"));
        assertThat(eachCode).hasSize(2);
        assertThat(codeIn(eachCode.get(0)))
                .as("My bookings: a ticket's code as an image")
                .isEqualTo(codes.get(0));
        assertThat(codeIn(eachCode.get(1))).isEqualTo(codes.get(1));
        table.findElement(By.linkText("Booking " + booking)).click();
        assertThat(codes())
                .as("the same tickets when the booking is opened again")
                .isEqualTo(codes);
        List<WebElement> ticketLinks = browser.findElements(By.className("bo-ticket-pdf"));
        assertThat(ticketLinks).hasSize(2).allMatch(link -> link.getText().equals("Download (PDF)"));
        assertThat(pdfPages(ticketLinks.get(0))).isEqualTo(1);
        List<WebElement> imageLinks = browser.findElements(By.className("bo-ticket-image"));
        assertThat(imageLinks).hasSize(2);
        assertThat(codeIn(imageLinks.get(1))).isEqualTo(codes.get(1));
        assertThat(pdfPages(browser.findElement(By.id("allTicketsPdf")))).isEqualTo(2);
    }

    /** What the code image behind a link of the page says, downloaded with the browser's session. */
    private String codeIn(WebElement link) {
        java.net.http.HttpResponse<byte[]> png = download(link);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(org.boxoffice.it.Http.contentType(png)).isEqualTo("image/png");
        return new org.boxoffice.ticket.control.BarcodeReader().read(png.body()).text();
    }

    private java.net.http.HttpResponse<byte[]> download(WebElement link) {
        String cookies = browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        return org.boxoffice.it.Http.getBytes(java.net.URI.create(link.getAttribute("href")), "Cookie", cookies);
    }

    /** The pages of the PDF behind a link of the page, downloaded with the browser's session. */
    private int pdfPages(WebElement link) {
        java.net.http.HttpResponse<byte[]> pdf = download(link);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(org.boxoffice.it.Http.contentType(pdf)).startsWith("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument read = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            return read.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDeclinedCardIsShownThenAThreeDSecureCardPaysAndTheBookingIsCancelledWithARefund() {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Standing Gig"), TestData.unique("Gigtown"), IN_A_MONTH, "20.00", 10);
        TestData.execute("update event set cancellation_hours = 24 where id = ?", event.eventId());
        String email = customer();
        Browser.signIn(browser, email, PASSWORD, "/event.xhtml?id=" + event.eventId());

        Browser.waitFor(browser, By.id("places:types:0:quantity_input")).sendKeys("2");
        browser.findElement(By.id("places:hold")).click();
        wait(20).until(ExpectedConditions.urlContains("/my/booking.xhtml?id="));
        assertThat(browser.findElement(By.id("lines")).getText()).contains("Standard", "2 places", "40.00");

        pay("4000 0000 0000 0002");
        assertThat(Browser.waitFor(browser, By.cssSelector(".ui-messages-error"))
                        .getText())
                .contains("The payment was declined: the bank declined the card.");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Held, not paid yet");

        pay("4000 0027 6000 3184");
        Browser.waitFor(browser, By.id("challenge:code")).sendKeys("123456");
        browser.findElement(By.id("challenge:submit")).click();
        Browser.waitFor(browser, By.id("confirmation"));
        assertThat(codes()).hasSize(2);

        browser.findElement(By.id("cancel:cancel")).click();
        Browser.waitFor(browser, By.id("cancel:confirmYes")).click();
        wait(20).until(ExpectedConditions.textToBe(By.id("status"), "Cancelled and refunded"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("€40.00 is refunded to you");
        assertThat(browser.findElements(By.id("confirmation"))).isEmpty();
        assertThat(browser.findElements(By.id("cancel:cancel"))).isEmpty();
    }

    @Test
    void theBestTwoSeatsAreHeldSideBySideAndPaidWithPayPal() {
        SeatedEvent event = TestData.seatedEvent(TestData.unique("Best Seats"), 2, 4, "PUBLISHED");
        Browser.signIn(browser, customer(), PASSWORD, "/event.xhtml?id=" + event.eventId());

        WebElement quantity = Browser.waitFor(browser, By.id("best:quantity_input"));
        quantity.clear();
        quantity.sendKeys("2");
        browser.findElement(By.id("best:hold")).click();

        wait(20).until(ExpectedConditions.urlContains("/my/booking.xhtml?id="));
        Matcher seats = Pattern.compile("row ([A-Z]), seat ([0-9]+)")
                .matcher(browser.findElement(By.id("lines")).getText());
        List<String> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        while (seats.find()) {
            rows.add(seats.group(1));
            numbers.add(Integer.valueOf(seats.group(2)));
        }
        assertThat(rows).as("two seats in one row").hasSize(2).containsOnly(rows.get(0));
        assertThat(Math.abs(numbers.get(0) - numbers.get(1))).as("side by side").isEqualTo(1);
        assertThat(browser.findElement(By.id("total")).getText()).contains("84.00");

        browser.findElement(By.cssSelector("label[for='pay:method:1']")).click(); // PayPal
        Browser.waitFor(browser, By.id("pay:payerEmail")).sendKeys("payer@example.org");
        browser.findElement(By.id("pay:pay")).click();
        // the PayPal-like method asks the customer to approve, as PayPal does
        Browser.waitFor(browser, By.id("challenge:approve")).click();

        Browser.waitFor(browser, By.id("confirmation"));
        assertThat(browser.findElement(By.id("paidWith")).getText()).contains("paid with PayPal");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Confirmed");
        assertThat(codes()).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void freeTicketsAreConfirmedWithoutAPayment() {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Free Talk"), TestData.unique("Freetown"), IN_A_MONTH, "0.00", 10);
        Browser.signIn(browser, customer(), PASSWORD, "/event.xhtml?id=" + event.eventId());

        Browser.waitFor(browser, By.id("places:types:0:quantity_input")).sendKeys("3");
        browser.findElement(By.id("places:hold")).click();

        wait(20).until(ExpectedConditions.urlContains("/my/booking.xhtml?id="));
        assertThat(browser.findElement(By.id("lines")).getText()).contains("3 places");
        assertThat(browser.findElements(By.id("pay:pay"))).as("nothing to pay").isEmpty();
        browser.findElement(By.id("free:confirm")).click();

        Browser.waitFor(browser, By.id("confirmation"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Confirmed");
        assertThat(codes()).hasSize(3).doesNotHaveDuplicates();
    }

    private static String customer() {
        String email = TestData.unique("booker") + "@example.org";
        TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        return email;
    }

    /** Clicks a seat of the test map: row and seat from 0, at the middle of its square. */
    private void clickSeat(int row, int seat) {
        WebElement svg = browser.findElement(By.cssSelector("#seatMap svg"));
        // a message above the map can push it below the window: pointer actions need it in view
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", svg);
        double scale = svg.getSize().getWidth() / MAP_WIDTH;
        int x = (int) Math.round((28 + seat * 13 + 5) * scale) - svg.getSize().getWidth() / 2;
        int y = (int) Math.round((36 + row * 13 + 5) * scale) - svg.getSize().getHeight() / 2;
        new Actions(browser).moveToElement(svg, x, y).click().perform();
    }

    private void pay(String card) {
        WebElement number = Browser.waitFor(browser, By.id("pay:cardNumber"));
        number.clear();
        number.sendKeys(card);
        WebElement expiry = browser.findElement(By.id("pay:expiry"));
        expiry.clear();
        expiry.sendKeys("12/34");
        browser.findElement(By.id("pay:cvc")).sendKeys("123");
        browser.findElement(By.id("pay:pay")).click();
        wait(20).until(Browser.gone(number));
    }

    private List<String> codes() {
        return Browser.waitFor(browser, By.id("tickets")).findElements(By.className("bo-ticket-code")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String bookingId() {
        return browser.getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1");
    }

    private WebDriverWait wait(int seconds) {
        return Browser.await(browser, seconds);
    }
}
