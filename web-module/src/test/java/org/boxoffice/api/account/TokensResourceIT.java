package org.boxoffice.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;

/** POST /api/v1/auth/token: credentials for an RS256 token whose groups are the account's roles. */
class TokensResourceIT {

    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void rightCredentialsGiveABearerTokenThatTheApiAccepts() {
        String email = TestData.unique("ticket.buyer") + "@example.org";
        long id = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");

        HttpResponse<String> response =
                requestToken("{\"email\":\"" + email.toUpperCase() + "\",\"password\":\"" + PASSWORD + "\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonObject answer = Http.json(response);
        assertThat(answer.getString("token_type")).isEqualTo("Bearer");
        assertThat(answer.getInt("expires_in")).isEqualTo(1800);
        String token = answer.getString("access_token");
        JsonObject claims =
                Http.json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        assertThat(claims.getString("sub")).isEqualTo(String.valueOf(id));
        assertThat(claims.getString("iss")).isEqualTo("boxoffice");
        assertThat(claims.getJsonArray("groups").getString(0)).isEqualTo("CUSTOMER");

        HttpResponse<String> me = Http.getWithToken(Platform.uri("/api/v1/accounts/me"), token);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(Http.json(me).getString("email")).isEqualTo(email);
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
        String email = TestData.unique("known") + "@example.org";
        TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");

        HttpResponse<String> wrongPassword = requestToken("{\"email\":\"" + email + "\",\"password\":\"guess\"}");
        HttpResponse<String> unknown =
                requestToken("{\"email\":\"nobody-" + email + "\",\"password\":\"" + PASSWORD + "\"}");

        for (HttpResponse<String> response : List.of(wrongPassword, unknown)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(Http.contentType(response)).startsWith("application/problem+json");
            assertThat(Http.json(response).getString("code")).isEqualTo("account.invalid-credentials");
        }
        assertThat(Http.json(wrongPassword).getString("detail"))
                .isEqualTo(Http.json(unknown).getString("detail"));
    }

    @Test
    void aDisabledAccountGetsNoTokenAndOnlyTheRightPasswordLearnsWhy() {
        String email = TestData.unique("disabled") + "@example.org";
        long id = TestData.accountWithPassword(email, PASSWORD, "ORGANIZER");
        TestData.disable(id);

        HttpResponse<String> rightPassword =
                requestToken("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        HttpResponse<String> wrongPassword =
                requestToken("{\"email\":\"" + email + "\",\"password\":\"not the password at all\"}");

        assertThat(rightPassword.statusCode()).as(rightPassword.body()).isEqualTo(403);
        assertThat(Http.contentType(rightPassword)).startsWith("application/problem+json");
        assertThat(Http.json(rightPassword).getString("code")).isEqualTo("account.disabled");
        assertThat(rightPassword.body()).doesNotContain("access_token");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(Http.json(wrongPassword).getString("code")).isEqualTo("account.invalid-credentials");
    }

    @Test
    void missingFieldsAreAnInvalidInputProblemNamingThem() {
        HttpResponse<String> response = requestToken("{\"email\":\"  \"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
        assertThat(Http.json(response).getJsonArray("errors").stream()
                        .map(JsonValue::asJsonObject)
                        .map(error -> error.getString("field")))
                .containsExactlyInAnyOrder("email", "password");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequestProblem() {
        HttpResponse<String> response = requestToken("email=a&password=b");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
    }

    private static HttpResponse<String> requestToken(String body) {
        return Http.postJson(Platform.uri("/api/v1/auth/token"), body);
    }
}
