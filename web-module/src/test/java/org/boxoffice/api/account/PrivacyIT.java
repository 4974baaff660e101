package org.boxoffice.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestMail;
import org.junit.jupiter.api.Test;

/** "Download my data" and "close my account": the owner's rights over their personal data. */
class PrivacyIT {

    private static final String PASSWORD = "my own long passphrase";

    @Test
    void theOwnerDownloadsEverythingKeptAboutThem() {
        String email = TestData.unique("curious") + "@example.org";
        TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        String token = signIn(email);
        TestData.GaEvent event = TestData.publishedEvent(
                TestData.unique("Exported booking"),
                "Bonn",
                OffsetDateTime.now().plusDays(20),
                "25.00",
                10);
        String booking = Holds.confirmed(token, Holds.itemsBody(event, 2)).getString("id");

        HttpResponse<String> export = Http.getWithToken(Platform.uri("/api/v1/accounts/me/export"), token);

        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment; filename=\"boxoffice-data-");
        JsonObject data = Http.json(export);
        assertThat(data.getJsonObject("account").getString("email")).isEqualTo(email);
        assertThat(data.getString("registeredAt")).isNotBlank();
        assertThat(data.getJsonArray("notifications")).isEmpty();
        assertThat(data.getJsonArray("securityEvents").getJsonObject(0).getString("action"))
                .isEqualTo("SIGN_IN");
        JsonArray bookings = data.getJsonArray("bookings");
        assertThat(bookings).hasSize(1);
        assertThat(bookings.getJsonObject(0).getString("id")).isEqualTo(booking);
        assertThat(bookings.getJsonObject(0).getString("status")).isEqualTo("CONFIRMED");
        assertThat(bookings.getJsonObject(0).getJsonArray("tickets")).hasSize(2);
        JsonArray payments = data.getJsonArray("payments");
        assertThat(payments).hasSize(1);
        assertThat(payments.getJsonObject(0).getString("bookingId")).isEqualTo(booking);
        assertThat(payments.getJsonObject(0).getString("status")).isEqualTo("SUCCEEDED");
    }

    @Test
    void closingTheAccountErasesThePersonalDataAndEndsItsTokens() {
        String email = TestData.unique("leaving") + "@example.org";
        long id = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        String token = signIn(email);

        TestData.execute(
                "insert into audit_event (id, occurred_at, action, subject_id, detail)"
                        + " values (nextval('audit_event_seq'), now(), 'ROLES_CHANGED', ?, ?)",
                id,
                email + ": [CUSTOMER] -> [CUSTOMER]");
        HttpResponse<String> wrong = close(token, "not my passphrase");
        RegistrationIT.assertProblem(wrong, 403, "account.password-mismatch");
        assertThat(TestData.count("select count(*) from account where email = ?", email))
                .isEqualTo(1);

        assertThat(close(token, PASSWORD).statusCode()).isEqualTo(204);

        assertThat(Http.getWithToken(Platform.uri("/api/v1/accounts/me"), token).statusCode())
                .isEqualTo(401);
        assertThat(RegistrationIT.token(email, PASSWORD).statusCode()).isEqualTo(401);
        assertThat(TestData.count("select count(*) from account where email = ?", email))
                .isZero();
        assertThat(TestData.count(
                        "select count(*) from account where id = ? and status = 'CLOSED'"
                                + " and phone is null and postal_address is null",
                        id))
                .isEqualTo(1);
        assertThat(TestData.count("select count(*) from audit_event where detail like ?", "%" + email + "%"))
                .as("the address is gone from the details of the audit trail too")
                .isZero();
        assertThat(TestData.text("select display_name from account where id = ?", id))
                .as("the name is replaced, and encrypted like every name")
                .startsWith("{aes-gcm:");
        assertThat(TestData.count(
                        "select count(*) from audit_event where actor = ? and (subject_id = ? or actor_id = ?)",
                        email,
                        id,
                        id))
                .as("the audit trail keeps the account's events, not its address")
                .isZero();
        assertThat(TestData.count(
                        "select count(*) from audit_event where subject_id = ? and action = 'ACCOUNT_CLOSED'", id))
                .isEqualTo(1);
    }

    @Test
    void closingTheAccountForgetsTheKeysOfTheNotificationsSentToIt() throws InterruptedException {
        String email = TestData.unique("forgotten") + "@example.org";
        long id = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        String next = "my next long passphrase";
        HttpResponse<String> changed = Http.postJson(
                Platform.uri("/api/v1/accounts/me/password"),
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + next + "\"}",
                "Authorization",
                "Bearer " + signIn(email, PASSWORD));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        TestMail.await(email, "password was changed", Duration.ofSeconds(30));
        // the mail server takes the mail a moment before the delivery's transaction commits its key
        Instant deadline = Instant.now().plusSeconds(10);
        while (TestData.count("select count(*) from sent_notification where account_id = ?", id) == 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(TestData.count("select count(*) from sent_notification where account_id = ?", id))
                .isEqualTo(1);

        assertThat(close(signIn(email, next), next).statusCode()).isEqualTo(204);

        assertThat(TestData.count("select count(*) from sent_notification where account_id = ?", id))
                .isZero();
    }

    private static String signIn(String email) {
        return signIn(email, PASSWORD);
    }

    private static String signIn(String email, String password) {
        HttpResponse<String> response = RegistrationIT.token(email, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).getString("access_token");
    }

    private static HttpResponse<String> close(String token, String password) {
        return Http.postJson(
                Platform.uri("/api/v1/accounts/me/closure"),
                "{\"password\":\"" + password + "\"}",
                "Authorization",
                "Bearer " + token);
    }
}
