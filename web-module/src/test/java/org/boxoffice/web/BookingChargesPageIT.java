package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The booking page before paying, in a real browser: the tickets' price, the organisation's
 * service fee per ticket, the total and the VAT the prices contain; only the payment methods the
 * event accepts are offered.
 */
class BookingChargesPageIT extends BrowserTest {

    private static final String PASSWORD = "a fine long passphrase";
    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    @Test
    void theFeeAndTheVatAreShownBeforePayingAndOnlyTheAcceptedMethodsAreOffered() {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Fee Gig"), TestData.unique("Feetown"), IN_A_MONTH, "20.00", 10);
        long organisation = TestData.organisation(TestData.unique("Fee Promoters"));
        TestData.organiseEvent(event.eventId(), organisation);
        TestData.execute("update organisation set service_fee = 1.50 where id = ?", organisation);
        TestData.execute("update event set vat_rate = 19, accepts_wallet = false where id = ?", event.eventId());
        String email = TestData.unique("booker") + "@example.org";
        TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        Browser.signIn(browser, email, PASSWORD, "/event.xhtml?id=" + event.eventId());

        Browser.waitFor(browser, By.id("places:types:0:quantity_input")).sendKeys("2");
        browser.findElement(By.id("places:hold")).click();
        Browser.await(browser, 20).until(ExpectedConditions.urlContains("/my/booking.xhtml?id="));

        assertThat(browser.findElement(By.id("subtotal")).getText()).isEqualTo("€40.00");
        assertThat(browser.findElement(By.id("feeLabel")).getText()).isEqualTo("Service fee, €1.50 × 2:");
        assertThat(browser.findElement(By.id("fees")).getText()).isEqualTo("€3.00");
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("€43.00");
        // 40.00 x 19 / 119 = 6.386...
        assertThat(browser.findElement(By.id("vat")).getText()).isEqualTo("incl. VAT 19 %: €6.39");
        List<String> offered = browser.findElements(By.cssSelector("#pay\\:method label")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(offered).containsExactly("Card", "PayPal");
        assertThat(browser.findElement(By.cssSelector("#pay .bo-hint")).getText())
                .contains("€43.00");
        Browser.screenshot(browser, "booking-fee-and-vat");

        WebElement number = Browser.waitFor(browser, By.id("pay:cardNumber"));
        number.sendKeys("4242 4242 4242 4242");
        browser.findElement(By.id("pay:expiry")).sendKeys("12/34");
        browser.findElement(By.id("pay:cvc")).sendKeys("123");
        browser.findElement(By.id("pay:pay")).click();
        Browser.waitFor(browser, By.id("confirmation"));
        assertThat(browser.findElement(By.id("totalPaid")).getText()).isEqualTo("€43.00");
    }
}
