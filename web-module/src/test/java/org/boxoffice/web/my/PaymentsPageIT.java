package org.boxoffice.web.my;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.boxoffice.it.Api;
import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "My payments" in a real browser: empty at first, then the paid booking's payment with its card and receipt, then a
 * partial refund an admin gave, seen by the customer on the payments page and on the booking page.
 */
class PaymentsPageIT extends BrowserTest {

    private static final String PASSWORD = "a fine long passphrase";
    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    @Test
    void theCustomerSeesThePaymentItsReceiptAndAPartialRefundAnAdminGave() {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Paid Night"), TestData.unique("Paytown"), IN_A_MONTH, "20.00", 10);
        String email = TestData.unique("payer") + "@example.org";
        long account = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");

        Browser.signIn(browser, email, PASSWORD, "/my/bookings.xhtml");
        Browser.waitFor(browser, By.id("nav:navPayments")).click();
        assertThat(Browser.waitFor(browser, By.id("payments:table")).getText())
                .contains("You have made no payments yet.");

        String booking = Holds.confirmed(Tokens.valid(account, email, "CUSTOMER"), Holds.itemsBody(event, 2))
                .getString("id");
        browser.navigate().refresh();
        WebElement table = Browser.waitFor(browser, By.id("payments:table"));
        assertThat(table.getText()).contains(event.title(), "Booking " + booking, "€40.00", "Visa ···4242", "Paid");
        assertThat(browser.findElements(By.className("bo-refund"))).isEmpty();
        WebElement receipt = table.findElement(By.className("bo-receipt-pdf"));
        assertThat(receipt.getText()).isEqualTo("Receipt (PDF)");
        assertThat(pdfText(receipt)).contains("Receipt", booking, "€40.00", "Visa ···4242");

        String email2 = TestData.unique("admin") + "@example.org";
        String admin = Tokens.valid(TestData.account(email2, "ADMIN"), email2, "ADMIN");
        HttpResponse<String> refunded = Http.postJson(
                Api.uri("/api/v1/admin/bookings/" + booking + "/refunds"),
                "{\"amount\":\"5.00\"}",
                "Authorization",
                "Bearer " + admin,
                "Idempotency-Key",
                Holds.key());
        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(200);

        browser.navigate().refresh();
        table = Browser.waitFor(browser, By.id("payments:table"));
        assertThat(table.getText()).contains("Paid, partly refunded", "€5.00");
        assertThat(Browser.waitFor(browser, By.className("bo-refund")).getText())
                .contains("€5.00", "refunded");
        Browser.screenshot(browser, "my-payments");

        table.findElement(By.linkText("Booking " + booking)).click();
        assertThat(Browser.waitFor(browser, By.id("refunds")).getText()).contains("€5.00", "refunded");
    }

    /** The text of the PDF behind a link of the page, downloaded with the browser's session. */
    private String pdfText(WebElement link) {
        String cookies = browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = Http.getBytes(URI.create(link.getAttribute("href")), "Cookie", cookies);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(pdf)).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
