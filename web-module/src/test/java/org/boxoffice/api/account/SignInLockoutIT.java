package org.boxoffice.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestMail;
import org.junit.jupiter.api.Test;

/**
 * Repeated failed sign-ins: five in a row lock the account for a while and its owner is told by
 * mail; twenty from one address slow that address down, whatever the accounts. Each test acts from
 * addresses of its own, through X-Forwarded-For, which the test platform trusts.
 */
class SignInLockoutIT {

    private static final String PASSWORD = "the right long passphrase";

    @Test
    void fiveFailuresInARowLockTheAccountEvenForTheRightPasswordAndTellTheOwner() {
        String email = TestData.unique("targeted") + "@example.org";
        TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        String address = TestData.unique("attacker");

        for (int i = 0; i < 5; i++) {
            assertThat(token(email, "guess " + i, address).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = token(email, PASSWORD, TestData.unique("owner"));

        RegistrationIT.assertProblem(locked, 429, "account.locked");
        assertThat(locked.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 900L));
        TestMail.Received mail = TestMail.await(email, "Your boxoffice account was locked", Duration.ofSeconds(30));
        assertThat(mail.text()).contains("5 times");

        TestData.execute("update account set locked_until = now() - interval '1 second' where email = ?", email);
        assertThat(token(email, PASSWORD, TestData.unique("owner")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void twentyFailuresFromOneAddressSlowThatAddressDownButNoOther() {
        String email = TestData.unique("innocent") + "@example.org";
        TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        String address = TestData.unique("sprayer");

        for (int i = 0; i < 20; i++) {
            assertThat(token(TestData.unique("nobody") + "@example.org", "guess", address)
                            .statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> slowed = token(email, PASSWORD, address);
        RegistrationIT.assertProblem(slowed, 429, "account.too-many-sign-ins");
        assertThat(slowed.headers().firstValue("Retry-After")).isPresent();
        assertThat(token(email, PASSWORD, TestData.unique("elsewhere")).statusCode())
                .isEqualTo(200);
    }

    private static HttpResponse<String> token(String email, String password, String address) {
        return Http.postJson(
                Platform.uri("/api/v1/auth/token"),
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
                "X-Forwarded-For",
                address);
    }
}
