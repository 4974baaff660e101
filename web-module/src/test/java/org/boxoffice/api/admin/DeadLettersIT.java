package org.boxoffice.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.boxoffice.it.Api;
import org.boxoffice.it.Browser;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestMail;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Mail that fails for real ends on the broker's dead-letter queue, and admins send it again or
 * discard it: with the test SMTP server stopped, password-reset mails are redelivered until the
 * broker gives up (the test platform allows 3 attempts, 200 ms apart); with the server back, a
 * resent mail arrives once, and a discarded one never.
 */
class DeadLettersIT {

    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";
    private static final String SUBJECT = "Reset your boxoffice password";
    private static final String PASSWORD = "a fine long passphrase";

    @Test
    void mailThatFailedIsListedThenResentOnceOrDiscarded() throws InterruptedException {
        String adminEmail = TestData.unique("dlq-admin") + "@example.org";
        long adminId = TestData.accountWithPassword(adminEmail, PASSWORD, "ADMIN");
        String admin = Tokens.valid(adminId, adminEmail, "ADMIN");
        Customer resentByApi = customer("dlq-api");
        Customer discarded = customer("dlq-discard");
        Customer resentOnPage = customer("dlq-page");

        JsonObject first;
        JsonObject second;
        JsonObject third;
        TestMail.stop();
        try {
            for (Customer customer : List.of(resentByApi, discarded, resentOnPage)) {
                HttpResponse<String> reset = Http.postJson(
                        Platform.uri("/api/v1/auth/password-reset"), "{\"email\":\"" + customer.email() + "\"}");
                assertThat(reset.statusCode()).isEqualTo(202);
            }
            first = awaitDeadLetter(admin, resentByApi);
            second = awaitDeadLetter(admin, discarded);
            third = awaitDeadLetter(admin, resentOnPage);
        } finally {
            TestMail.start();
        }
        assertThat(first.getString("queue")).isEqualTo("notifications");
        assertThat(first.getInt("attempts")).as("the test platform's limit").isEqualTo(4);
        assertThat(first.getString("sentAt")).isNotBlank();

        // resent through the API: delivered once, off the queue, in the audit trail
        HttpResponse<String> resent = Api.post(DEAD_LETTERS + "/" + first.getString("id") + "/resend", "", admin);
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
        TestMail.await(resentByApi.email(), SUBJECT, Duration.ofSeconds(30));
        Api.assertProblem(
                Http.getWithToken(Platform.uri(DEAD_LETTERS + "/" + first.getString("id")), admin),
                404,
                "notification.unknown-dead-letter");
        Api.assertProblem(
                Api.post(DEAD_LETTERS + "/" + first.getString("id") + "/resend", "", admin),
                404,
                "notification.unknown-dead-letter");

        // discarded: gone, never mailed
        HttpResponse<String> gone = Http.delete(
                Platform.uri(DEAD_LETTERS + "/" + second.getString("id")), "Authorization", "Bearer " + admin);
        assertThat(gone.statusCode()).as(gone.body()).isEqualTo(204);
        assertThat(find(admin, discarded)).isEmpty();

        // resent on the admin page in the browser
        WebDriver browser = Browser.open();
        try {
            Browser.signIn(browser, adminEmail, PASSWORD, "/admin/dead-letters.xhtml");
            By row = By.xpath("//*[@id='deadLetters:table']//tr[td[normalize-space(.)='" + resentOnPage.email()
                    + "'] or td[contains(normalize-space(.), 'accountId " + resentOnPage.id() + "')]]");
            Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(row));
            assertThat(browser.findElement(row).getText()).contains("notifications", "4");
            Browser.screenshot(browser, "admin-dead-letters");
            browser.findElement(row)
                    .findElement(By.xpath(".//button[contains(@id,':resend')]"))
                    .click();
            Browser.await(browser)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "sent again"));
            assertThat(browser.findElements(row)).as("off the page").isEmpty();
        } finally {
            browser.quit();
        }
        TestMail.await(resentOnPage.email(), SUBJECT, Duration.ofSeconds(30));

        Thread.sleep(2_000);
        assertThat(TestMail.receivedBy(resentByApi.email()))
                .as("resent once, delivered once")
                .hasSize(1);
        assertThat(TestMail.receivedBy(resentOnPage.email())).hasSize(1);
        assertThat(TestMail.receivedBy(discarded.email())).isEmpty();
        assertThat(find(admin, resentByApi)).isEmpty();
        assertThat(find(admin, resentOnPage)).isEmpty();
        for (JsonObject letter : List.of(first, third)) {
            assertThat(TestData.count(
                            "select count(*) from audit_event where action = 'DEAD_LETTER_RESENT' and actor_id = ?"
                                    + " and detail like ?",
                            adminId,
                            "%" + letter.getString("id") + "%"))
                    .isEqualTo(1);
        }
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'DEAD_LETTER_DISCARDED' and detail like ?",
                        "%" + second.getString("id") + "%"))
                .isEqualTo(1);
    }

    @Test
    void onlyAdminsSeeTheQueueAndAnIdThatIsNoMessageIsUnknown() {
        String email = TestData.unique("dlq-customer") + "@example.org";
        String customer = Tokens.valid(TestData.account(email, "CUSTOMER"), email, "CUSTOMER");
        String adminEmail = TestData.unique("dlq-admin2") + "@example.org";
        String admin = Tokens.valid(TestData.account(adminEmail, "ADMIN"), adminEmail, "ADMIN");

        assertThat(Http.getWithToken(Platform.uri(DEAD_LETTERS), customer).statusCode())
                .isEqualTo(403);
        assertThat(Api.post(DEAD_LETTERS + "/00000000-0000-0000-0000-000000000000/resend", "", customer)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> list = Http.getWithToken(Platform.uri(DEAD_LETTERS + "?size=5"), admin);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(Http.json(list).getInt("size")).isEqualTo(5);
        Api.assertProblem(
                Api.post(DEAD_LETTERS + "/00000000-0000-0000-0000-000000000000/resend", "", admin),
                404,
                "notification.unknown-dead-letter");
        Api.assertProblem(
                Api.post(DEAD_LETTERS + "/x'%20OR%20'1'='1/resend", "", admin),
                404,
                "notification.unknown-dead-letter");
    }

    private record Customer(long id, String email) {}

    private static Customer customer(String prefix) {
        String email = TestData.unique(prefix) + "@example.org";
        return new Customer(TestData.account(email, "CUSTOMER"), email);
    }

    /** The dead letter of the customer's mail, once the broker has given up on it. */
    private static JsonObject awaitDeadLetter(String admin, Customer customer) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Optional<JsonObject> found = find(admin, customer);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no dead letter for " + customer + " within 60 s: "
                + Http.getWithToken(Platform.uri(DEAD_LETTERS + "?size=100"), admin)
                        .body());
    }

    /** A dead letter for the customer: their address as recipient, or their account among the ids. */
    private static Optional<JsonObject> find(String admin, Customer customer) {
        HttpResponse<String> list = Http.getWithToken(Platform.uri(DEAD_LETTERS + "?size=100"), admin);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return Http.json(list).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(letter -> customer.email().equals(letter.getString("recipient", null))
                        || String.valueOf(customer.id())
                                .equals(letter.getJsonObject("ids").getString("accountId", null)))
                .findFirst();
    }
}
