package org.boxoffice.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestMail;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Admins disable, enable and close accounts and change their roles over the API: a disabled account
 * is refused at sign-in and its tokens at once, every change is in the audit trail, and no admin
 * changes their own account.
 */
class AccountAdministrationIT {

    private static final String PASSWORD = "a fine long passphrase";

    @Test
    void aDisabledAccountCannotSignInItsTokensStopAndEnabledItSignsInAgain() {
        Admin admin = Admin.create();
        String email = TestData.unique("disabled") + "@example.org";
        long account = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        String address = TestData.unique("office");
        String token = signIn(email).getString("access_token");
        assertThat(me(token).statusCode()).isEqualTo(200);

        HttpResponse<String> disabled =
                post(account, "disable", "{\"reason\":\" chargebacks with stolen cards \"}", admin.token(), address);

        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        JsonObject view = Http.json(disabled);
        assertThat(view.getString("status")).isEqualTo("DISABLED");
        assertThat(view.getString("disabledReason")).isEqualTo("chargebacks with stolen cards");
        assertThat(view.getString("disabledAt")).endsWith("Z");
        HttpResponse<String> refusedToken = me(token);
        assertThat(refusedToken.statusCode()).as("the token issued before").isEqualTo(401);
        assertThat(Http.contentType(refusedToken)).startsWith("application/problem+json");
        HttpResponse<String> refusedSignIn = signInResponse(email, PASSWORD);
        assertThat(refusedSignIn.statusCode()).as(refusedSignIn.body()).isEqualTo(403);
        assertThat(Http.contentType(refusedSignIn)).startsWith("application/problem+json");
        assertThat(Http.json(refusedSignIn).getString("code")).isEqualTo("account.disabled");
        assertThat(Http.json(refusedSignIn).getString("title")).isEqualTo("Account disabled");
        HttpResponse<String> wrongPassword = signInResponse(email, "not the password at all");
        assertThat(wrongPassword.statusCode())
                .as("a wrong password learns nothing of the status")
                .isEqualTo(401);
        assertThat(Http.json(wrongPassword).getString("code")).isEqualTo("account.invalid-credentials");
        assertThat(auditDetail("ACCOUNT_DISABLED", account))
                .isEqualTo(email + ": ACTIVE -> DISABLED; reason: chargebacks with stolen cards");
        assertThat(auditActor("ACCOUNT_DISABLED", account)).isEqualTo(admin.email());
        assertThat(TestData.text(
                        "select address from audit_event where action = 'ACCOUNT_DISABLED' and subject_id = ?",
                        account))
                .isEqualTo(address);
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'SIGN_IN_FAILED' and subject_id = ?"
                                + " and detail = 'account disabled'",
                        account))
                .isEqualTo(1);
        assertThat(Http.json(post(account, "disable", "{\"reason\":\"again\"}", admin.token(), null))
                        .getString("code"))
                .isEqualTo("account.status.not-active");
        TestMail.Received told = TestMail.await(email, "Your boxoffice account was disabled", Duration.ofMinutes(1));
        assertThat(told.text())
                .contains("an administrator disabled your boxoffice account on ")
                .as("the reason is for the admins")
                .doesNotContain("chargebacks");
        List<JsonObject> found = Http.json(Http.getWithToken(
                        Platform.uri(
                                "/api/v1/admin/accounts?status=disabled&role=customer&query=" + email.toUpperCase()),
                        admin.token()))
                .getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject);
        assertThat(found).singleElement().satisfies(item -> {
            assertThat(item.getString("id")).isEqualTo(String.valueOf(account));
            assertThat(item.getString("disabledReason")).isEqualTo("chargebacks with stolen cards");
        });

        HttpResponse<String> enabled = post(account, "enable", "", admin.token(), address);

        assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
        assertThat(Http.json(enabled).getString("status")).isEqualTo("ACTIVE");
        assertThat(Http.json(enabled)).doesNotContainKeys("disabledReason", "disabledAt");
        assertThat(me(signIn(email).getString("access_token")).statusCode()).isEqualTo(200);
        assertThat(me(Tokens.issuedBefore(Duration.ofMinutes(1), account, email, "CUSTOMER"))
                        .statusCode())
                .as("a token from before it was disabled stays out")
                .isEqualTo(401);
        assertThat(auditDetail("ACCOUNT_ENABLED", account))
                .isEqualTo(email + ": DISABLED -> ACTIVE; it was disabled for: chargebacks with stolen cards");
        assertThat(Http.json(post(account, "enable", "", admin.token(), null)).getString("code"))
                .isEqualTo("account.status.not-disabled");
        TestMail.Received welcomeBack =
                TestMail.await(email, "Your boxoffice account is enabled again", Duration.ofMinutes(1));
        assertThat(welcomeBack.html()).contains("Sign in to boxoffice");
        assertThat(TestMail.receivedBy(email))
                .as("one mail each, the refused second disabling and enabling none")
                .filteredOn(received -> received.subject().startsWith("Your boxoffice account"))
                .hasSize(2);
    }

    @Test
    void aChangeOfRolesTakesEffectAtOnceAndIsAudited() {
        Admin admin = Admin.create();
        String email = TestData.unique("promoted") + "@example.org";
        long account = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER", "SUPPORT");
        String before = signIn(email).getString("access_token");
        assertThat(Http.getWithToken(Platform.uri("/api/v1/admin/accounts"), before)
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> changed = Http.putJson(
                Platform.uri("/api/v1/admin/accounts/" + account + "/roles"),
                "{\"roles\":[\"customer\",\"ADMIN\"]}",
                "Authorization",
                "Bearer " + admin.token());

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.json(changed).getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactly("ADMIN", "CUSTOMER");
        assertThat(me(before).statusCode())
                .as("a token naming SUPPORT, taken away")
                .isEqualTo(401);
        String after = signIn(email).getString("access_token");
        assertThat(groups(after)).containsExactlyInAnyOrder("ADMIN", "CUSTOMER");
        assertThat(Http.getWithToken(Platform.uri("/api/v1/admin/accounts"), after)
                        .statusCode())
                .isEqualTo(200);
        assertThat(auditDetail("ROLES_CHANGED", account))
                .isEqualTo(email + ": [CUSTOMER, SUPPORT] -> [ADMIN, CUSTOMER]");
        assertThat(auditActor("ROLES_CHANGED", account)).isEqualTo(admin.email());
    }

    @Test
    void anAdminNeitherDemotesNorDisablesNorClosesThemselves() {
        Admin admin = Admin.create();

        HttpResponse<String> demoted = Http.putJson(
                Platform.uri("/api/v1/admin/accounts/" + admin.id() + "/roles"),
                "{\"roles\":[\"CUSTOMER\"]}",
                "Authorization",
                "Bearer " + admin.token());
        HttpResponse<String> disabled = post(admin.id(), "disable", "{\"reason\":\"tired\"}", admin.token(), null);
        HttpResponse<String> closed = post(admin.id(), "close", "{\"reason\":\"tired\"}", admin.token(), null);

        assertThat(demoted.statusCode()).isEqualTo(409);
        assertThat(Http.json(demoted).getString("code")).isEqualTo("admin.own-roles");
        for (HttpResponse<String> refused : List.of(disabled, closed)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(Http.contentType(refused)).startsWith("application/problem+json");
            assertThat(Http.json(refused).getString("code")).isEqualTo("admin.own-account");
        }
        assertThat(TestData.text("select status from account where id = ?", admin.id()))
                .isEqualTo("ACTIVE");
        assertThat(TestData.count(
                        "select count(*) from account_role where account_id = ? and role = 'ADMIN'", admin.id()))
                .isEqualTo(1);
        assertThat(TestData.count(
                        "select count(*) from audit_event where subject_id = ? and actor_id = ?",
                        admin.id(),
                        admin.id()))
                .isZero();
    }

    @Test
    void badInputIsRefusedWithAProblem() {
        Admin admin = Admin.create();
        long other = TestData.account(TestData.unique("other") + "@example.org", "CUSTOMER");

        HttpResponse<String> noReason = post(other, "disable", "{\"reason\":\"  \"}", admin.token(), null);
        HttpResponse<String> longReason =
                post(other, "close", "{\"reason\":\"" + "x".repeat(501) + "\"}", admin.token(), null);
        HttpResponse<String> unknown = post(999_999_999L, "disable", "{\"reason\":\"spam\"}", admin.token(), null);
        HttpResponse<String> notAnId = Http.postJson(
                Platform.uri("/api/v1/admin/accounts/abc/enable"), "", "Authorization", "Bearer " + admin.token());
        HttpResponse<String> unknownRole = Http.putJson(
                Platform.uri("/api/v1/admin/accounts/" + other + "/roles"),
                "{\"roles\":[\"EMPEROR\"]}",
                "Authorization",
                "Bearer " + admin.token());
        HttpResponse<String> badFilter =
                Http.getWithToken(Platform.uri("/api/v1/admin/accounts?status=asleep&role=emperor"), admin.token());
        HttpResponse<String> notAnAdmin =
                post(other, "disable", "{\"reason\":\"spam\"}", Tokens.valid(other, "x@example.org", "CUSTOMER"), null);

        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(422);
        assertThat(noReason.body()).contains("reason");
        assertThat(longReason.statusCode()).as(longReason.body()).isEqualTo(422);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.json(unknown).getString("code")).isEqualTo("account.unknown");
        assertThat(notAnId.statusCode()).isEqualTo(404);
        assertThat(unknownRole.statusCode()).isEqualTo(400);
        assertThat(unknownRole.body()).contains("EMPEROR", "FINANCE");
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(badFilter.body()).contains("status", "role");
        assertThat(notAnAdmin.statusCode()).isEqualTo(403);
        for (HttpResponse<String> response :
                List.of(noReason, longReason, unknown, notAnId, unknownRole, badFilter, notAnAdmin)) {
            assertThat(Http.contentType(response)).startsWith("application/problem+json");
        }
        assertThat(TestData.text("select status from account where id = ?", other))
                .isEqualTo("ACTIVE");
    }

    @Test
    void anAccountClosedAtItsOwnersRequestIsErasedAsTheOwnersOwnClosing() {
        Admin admin = Admin.create();
        String email = TestData.unique("leaving") + "@example.org";
        long account = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        String token = signIn(email).getString("access_token");

        HttpResponse<String> closed =
                post(account, "close", "{\"reason\":\"asked by mail from " + email + "\"}", admin.token(), null);

        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        String placeholder = "closed-" + account + "@closed.invalid";
        assertThat(Http.json(closed).getString("status")).isEqualTo("CLOSED");
        assertThat(Http.json(closed).getString("email")).isEqualTo(placeholder);
        assertThat(Http.json(closed).getString("displayName")).isEqualTo("Closed account");
        assertThat(auditDetail("ACCOUNT_CLOSED", account))
                .isEqualTo(placeholder + ": ACTIVE -> CLOSED; closed by an admin at its owner's request: asked by mail"
                        + " from " + placeholder);
        assertThat(auditActor("ACCOUNT_CLOSED", account)).isEqualTo(admin.email());
        assertThat(TestData.count(
                        "select count(*) from audit_event where actor = ? or detail like ?", email, "%" + email + "%"))
                .as("the address is gone from the audit trail")
                .isZero();
        assertThat(me(token).statusCode()).isEqualTo(401);
        HttpResponse<String> signInAfter = signInResponse(email, PASSWORD);
        assertThat(signInAfter.statusCode())
                .as("the address has no account any more")
                .isEqualTo(401);
        assertThat(Http.json(signInAfter).getString("code")).isEqualTo("account.invalid-credentials");
        assertThat(Http.json(post(account, "close", "{\"reason\":\"again\"}", admin.token(), null))
                        .getString("code"))
                .isEqualTo("account.status.closed");
    }

    /** An admin of this test, with a token as an API client would sign in. */
    private record Admin(long id, String email, String token) {

        static Admin create() {
            String email = TestData.unique("users-admin") + "@example.org";
            long id = TestData.account(email, "ADMIN");
            return new Admin(id, email, Tokens.valid(id, email, "ADMIN"));
        }
    }

    private static HttpResponse<String> post(long account, String action, String body, String token, String address) {
        URI uri = Platform.uri("/api/v1/admin/accounts/" + account + "/" + action);
        return address == null
                ? Http.postJson(uri, body, "Authorization", "Bearer " + token)
                : Http.postJson(uri, body, "Authorization", "Bearer " + token, "X-Forwarded-For", address);
    }

    private static HttpResponse<String> signInResponse(String email, String password) {
        return Http.postJson(
                Platform.uri("/api/v1/auth/token"),
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
                "X-Forwarded-For",
                TestData.unique("client"));
    }

    private static JsonObject signIn(String email) {
        HttpResponse<String> response = signInResponse(email, PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static HttpResponse<String> me(String token) {
        return Http.getWithToken(Platform.uri("/api/v1/accounts/me"), token);
    }

    /** The groups a token names, read from its payload. */
    private static List<String> groups(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Http.json(payload).getJsonArray("groups").getValuesAs(JsonString::getString);
    }

    private static String auditDetail(String action, long account) {
        return TestData.text(
                "select detail from audit_event where action = ? and subject_id = ? order by id desc", action, account);
    }

    private static String auditActor(String action, long account) {
        return TestData.text(
                "select actor from audit_event where action = ? and subject_id = ? order by id desc", action, account);
    }
}
