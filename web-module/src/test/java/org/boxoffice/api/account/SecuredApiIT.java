package org.boxoffice.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/** The JWT tracer: endpoints guarded by MicroProfile JWT, and every refusal as problem+json. */
class SecuredApiIT {

    @Test
    void aValidTokenReadsItsOwnAccount() {
        String email = TestData.unique("clara") + "@example.org";
        long id = TestData.account(email, "CUSTOMER");

        HttpResponse<String> response =
                Http.getWithToken(Platform.uri("/api/v1/accounts/me"), Tokens.valid(id, email, "CUSTOMER"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject account = Http.json(response);
        assertThat(account.getString("id")).isEqualTo(String.valueOf(id));
        assertThat(account.getString("email")).isEqualTo(email);
        assertThat(account.getJsonArray("roles").getString(0)).isEqualTo("CUSTOMER");
    }

    @Test
    void noTokenIsUnauthorized() {
        assertUnauthorized(Http.get(Platform.uri("/api/v1/accounts/me")));
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        String email = TestData.unique("late") + "@example.org";
        long id = TestData.account(email, "CUSTOMER");

        assertUnauthorized(
                Http.getWithToken(Platform.uri("/api/v1/accounts/me"), Tokens.expired(id, email, "CUSTOMER")));
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthorized() {
        String email = TestData.unique("forger") + "@example.org";
        long id = TestData.account(email, "CUSTOMER");

        assertUnauthorized(Http.getWithToken(
                Platform.uri("/api/v1/accounts/me"), Tokens.signedByAnotherKey(id, email, "CUSTOMER")));
    }

    @Test
    void aTamperedTokenIsUnauthorizedEvenWhereItsForgedRoleWouldBeAllowed() {
        String email = TestData.unique("mallory") + "@example.org";
        long id = TestData.account(email, "CUSTOMER");
        String forged = Tokens.tampered(Tokens.valid(id, email, "CUSTOMER"), "ADMIN");

        assertUnauthorized(Http.getWithToken(Platform.uri("/api/v1/admin/accounts"), forged));
    }

    @Test
    void theWrongRoleIsForbidden() {
        String email = TestData.unique("carl") + "@example.org";
        long id = TestData.account(email, "CUSTOMER");

        HttpResponse<String> response =
                Http.getWithToken(Platform.uri("/api/v1/admin/accounts"), Tokens.valid(id, email, "CUSTOMER"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
        assertThat(Http.json(response).getInt("status")).isEqualTo(403);
    }

    @Test
    void anAdminListsTheAccountsAPageAtATime() {
        String email = TestData.unique("ada") + "@example.org";
        long id = TestData.account(email, "ADMIN");
        TestData.account(TestData.unique("other") + "@example.org", "CUSTOMER");

        HttpResponse<String> response =
                Http.getWithToken(Platform.uri("/api/v1/admin/accounts?size=1"), Tokens.valid(id, email, "ADMIN"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject page = Http.json(response);
        assertThat(page.getJsonArray("items")).hasSize(1);
        assertThat(page.getInt("total")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aDisabledAccountsTokenStopsWorking() {
        String email = TestData.unique("gone") + "@example.org";
        long id = TestData.account(email, "CUSTOMER");
        String token = Tokens.valid(id, email, "CUSTOMER");
        TestData.disable(id);

        assertUnauthorized(Http.getWithToken(Platform.uri("/api/v1/accounts/me"), token));
    }

    @Test
    void aDisabledAdminsTokenStopsWorkingEverywhere() {
        String email = TestData.unique("former-admin") + "@example.org";
        long id = TestData.account(email, "ADMIN");
        String token = Tokens.valid(id, email, "ADMIN");
        TestData.disable(id);

        assertUnauthorized(Http.getWithToken(Platform.uri("/api/v1/admin/accounts"), token));
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
        JsonObject problem = Http.json(response);
        assertThat(problem.getInt("status")).isEqualTo(401);
        assertThat(problem.getString("title")).isEqualTo("Unauthorized");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
