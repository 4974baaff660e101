package org.boxoffice.web.organizer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import org.boxoffice.it.Api;
import org.boxoffice.it.Browser;
import org.boxoffice.it.BrowserTest;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** An organizer sets the VAT rate of an event's prices and the payment methods it accepts, in a real browser. */
class EventPaymentTermsPageIT extends BrowserTest {

    @Test
    void anOrganizerSetsTheVatRateAndTheAcceptedMethods() {
        String email = TestData.unique("terms") + "@example.org";
        long account = TestData.accountWithPassword(email, PASSWORD, "ORGANIZER");
        TestData.joinOrganisation(account, TestData.organisation(TestData.unique("Terms")));
        String token = Tokens.valid(account, email, "ORGANIZER");
        String category = TestData.unique("terms");
        TestData.category("A " + category, category);
        String venue = Api.venue(token, TestData.unique("Terms Hall"), "Bremen");
        HttpResponse<String> created = Api.post(
                "/api/v1/events",
                "{\"venueId\":\"" + venue + "\",\"category\":\"" + category + "\",\"title\":\"Terms Night\","
                        + "\"startsAt\":\"2040-03-01T20:00\",\"endsAt\":\"2040-03-01T22:00\"}",
                token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String event = Http.json(created).getString("id");

        Browser.signIn(browser, email, PASSWORD, "/organizer/event.xhtml?id=" + event);
        Browser.waitFor(browser, By.id("details:vatRate_input"));
        assertThat(browser.findElements(By.cssSelector("#details\\:paymentMethods input:checked")))
                .as("a new event accepts every method")
                .hasSize(3);
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.widgets['widget_details_vatRate'].setValue(7.5);");
        browser.findElement(By.cssSelector("label[for='details:paymentMethods:2']"))
                .click(); // Wallet
        browser.findElement(By.id("details:save")).click();
        Browser.waitFor(browser, By.cssSelector(".ui-messages-info"));
        Browser.screenshot(browser, "event-payment-terms");

        JsonObject saved = Http.json(Http.getWithToken(Api.uri("/api/v1/organizer/events/" + event), token));
        assertThat(saved.getString("vatRate")).isEqualTo("7.50");
        assertThat(saved.getJsonArray("paymentMethods").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly("CARD", "PAYPAL");
        assertThat(browser.findElement(By.id("details:vatRate_input")).getAttribute("value"))
                .contains("7.50");
        assertThat(browser.findElements(By.cssSelector("#details\\:paymentMethods input:checked")))
                .hasSize(2);
    }
}
