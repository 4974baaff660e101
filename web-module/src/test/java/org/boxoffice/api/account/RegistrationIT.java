package org.boxoffice.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestMail;
import org.junit.jupiter.api.Test;

/** Registration with e-mail verification, with mail through a real SMTP server. */
class RegistrationIT {

    static final String PASSWORD = "a fine long passphrase";
    static final Pattern LINK = Pattern.compile("(http://\\S+/account/verify\\.xhtml\\?token=([A-Za-z0-9_-]+))");

    @Test
    void aNewCustomerRegistersConfirmsTheAddressByTheMailedLinkAndThenGetsATokenOnce() {
        String email = TestData.unique("newcomer") + "@example.org";

        HttpResponse<String> registered = register(email, PASSWORD, "Nina Newcomer");

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(Http.json(registered).getString("status")).isEqualTo("UNVERIFIED");
        assertThat(Http.json(registered).getJsonArray("roles").getString(0)).isEqualTo("CUSTOMER");
        HttpResponse<String> tooEarly = token(email, PASSWORD);
        assertThat(tooEarly.statusCode()).isEqualTo(403);
        assertThat(Http.json(tooEarly).getString("code")).isEqualTo("account.unverified");

        TestMail.Received mail = TestMail.await(email, "Confirm your e-mail address", Duration.ofSeconds(30));
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        assertThat(link.group(1)).startsWith(Platform.baseUri().toString());
        String secret = link.group(2);

        HttpResponse<String> verified = verify(secret);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(204);
        assertThat(token(email, PASSWORD).statusCode()).isEqualTo(200);

        HttpResponse<String> again = verify(secret);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(Http.json(again).getString("code")).isEqualTo("account.invalid-token");
    }

    @Test
    void anAddressNeverConfirmedGetsANewConfirmationLinkFromPasswordRecovery() {
        String email = TestData.unique("forgetful") + "@example.org";
        assertThat(register(email, PASSWORD, null).statusCode()).isEqualTo(201);
        TestMail.await(email, "Confirm your e-mail address", Duration.ofSeconds(30));
        // the first link expired unused
        TestData.execute(
                "update account_token set expires_at = now() - interval '1 minute'"
                        + " where account_id = (select id from account where email = ?)",
                email);

        assertThat(Http.postJson(Platform.uri("/api/v1/auth/password-reset"), "{\"email\":\"" + email + "\"}")
                        .statusCode())
                .isEqualTo(202);

        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (confirmations(email) < 2 && java.time.Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(confirmations(email)).as("a second confirmation mail").isEqualTo(2);
        String text = TestMail.receivedBy(email).stream()
                .filter(mail -> mail.subject().contains("Confirm your e-mail address"))
                .reduce((first, second) -> second)
                .orElseThrow()
                .text();
        Matcher link = Pattern.compile("\\?token=([A-Za-z0-9_-]+)").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        assertThat(verify(link.group(1)).statusCode()).isEqualTo(204);
        assertThat(token(email, PASSWORD).statusCode()).isEqualTo(200);
    }

    private static long confirmations(String email) {
        return TestMail.receivedBy(email).stream()
                .filter(mail -> mail.subject().contains("Confirm your e-mail address"))
                .count();
    }

    @Test
    void anUnknownLinkIsRefused() {
        HttpResponse<String> response = verify("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Http.json(response).getString("code")).isEqualTo("account.invalid-token");
    }

    @Test
    void aSecondRegistrationOfTheSameAddressIsAConflict() {
        String email = TestData.unique("twice") + "@example.org";
        assertThat(register(email, PASSWORD, "First").statusCode()).isEqualTo(201);

        HttpResponse<String> second = register(email.toUpperCase(), PASSWORD, "Second");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(Http.json(second).getString("code")).isEqualTo("account.email-taken");
    }

    @Test
    void weakPasswordsAreRefusedWithTheRule() {
        String email = TestData.unique("weakling") + "@example.org";

        assertProblem(register(email, "short", null), 422, "account.weak-password.length");
        assertProblem(register(email, "aaaaaaaaaaaaaaaa", null), 422, "account.weak-password.guessable");
        assertProblem(register(email, "my " + email + " pass", null), 422, "account.weak-password.email");
        assertThat(TestMail.receivedBy(email))
                .as("nothing half-done: no account, no mail")
                .isEmpty();
        assertThat(register(email, PASSWORD, null).statusCode()).isEqualTo(201);
    }

    @Test
    void anInvalidAddressOrMissingFieldsAreRefused() {
        assertProblem(register("not-an-address", PASSWORD, null), 422, "account.invalid-email");

        HttpResponse<String> missing = Http.postJson(Platform.uri("/api/v1/accounts"), "{\"displayName\":\"x\"}");
        assertProblem(missing, 422, "invalid-input");
        assertThat(Http.json(missing).getJsonArray("errors").stream()
                        .map(JsonValue::asJsonObject)
                        .map(error -> error.getString("field")))
                .containsExactlyInAnyOrder("email", "password");
    }

    static HttpResponse<String> register(String email, String password, String displayName) {
        String name = displayName == null ? "" : ",\"displayName\":\"" + displayName + "\"";
        return Http.postJson(
                Platform.uri("/api/v1/accounts"),
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"acceptTerms\":true" + name + "}");
    }

    static HttpResponse<String> token(String email, String password) {
        return Http.postJson(
                Platform.uri("/api/v1/auth/token"), "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private static HttpResponse<String> verify(String secret) {
        return Http.postJson(Platform.uri("/api/v1/accounts/verification"), "{\"token\":\"" + secret + "\"}");
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
        JsonObject problem = Http.json(response);
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(problem.getString("detail")).isNotBlank();
    }
}
