package org.boxoffice.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestMail;
import org.junit.jupiter.api.Test;

/** Password recovery by a mailed link: single use, expiring, the same answer for unknown addresses. */
class PasswordResetsResourceIT {

    private static final String OLD = "the old long passphrase";
    private static final String NEW = "the brand new passphrase";
    private static final Pattern LINK = Pattern.compile("reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Test
    void theMailedLinkSetsANewPasswordOnceAndTheOldOneStopsWorking() {
        String email = TestData.unique("forgetful") + "@example.org";
        TestData.accountWithPassword(email, OLD, "CUSTOMER");

        assertThat(requestReset(email).statusCode()).isEqualTo(202);
        String secret = secretFrom(TestMail.await(email, "Reset your boxoffice password", Duration.ofSeconds(30)));

        RegistrationIT.assertProblem(confirm(secret, "tiny"), 422, "account.weak-password.length");
        assertThat(confirm(secret, NEW).statusCode())
                .as("the refused attempt used nothing up")
                .isEqualTo(204);

        assertThat(RegistrationIT.token(email, NEW).statusCode()).isEqualTo(200);
        assertThat(RegistrationIT.token(email, OLD).statusCode()).isEqualTo(401);
        RegistrationIT.assertProblem(confirm(secret, "another fine passphrase"), 422, "account.invalid-token");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws InterruptedException {
        String email = TestData.unique("stranger") + "@example.org";

        HttpResponse<String> response = requestReset(email);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEmpty();
        Thread.sleep(2_000);
        assertThat(TestMail.receivedBy(email)).isEmpty();
    }

    @Test
    void anExpiredLinkIsRefused() {
        String email = TestData.unique("slow") + "@example.org";
        TestData.accountWithPassword(email, OLD, "CUSTOMER");
        requestReset(email);
        String secret = secretFrom(TestMail.await(email, "Reset your boxoffice password", Duration.ofSeconds(30)));
        TestData.execute(
                "update account_token set expires_at = now() - interval '1 minute' where account_id ="
                        + " (select id from account where email = ?)",
                email);

        RegistrationIT.assertProblem(confirm(secret, NEW), 422, "account.invalid-token");
        assertThat(RegistrationIT.token(email, OLD).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> requestReset(String email) {
        return Http.postJson(Platform.uri("/api/v1/auth/password-reset"), "{\"email\":\"" + email + "\"}");
    }

    private static HttpResponse<String> confirm(String secret, String password) {
        return Http.postJson(
                Platform.uri("/api/v1/auth/password-reset/confirm"),
                "{\"token\":\"" + secret + "\",\"newPassword\":\"" + password + "\"}");
    }

    private static String secretFrom(TestMail.Received mail) {
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        return link.group(1);
    }
}
