package org.boxoffice.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/** Admins grant roles; nobody else can; every change and sign-in failure is in the audit trail. */
class AdministrationIT {

    @Test
    void anAdminGrantsARoleAndTheAuditTrailSaysWhoWhenAndFromWhere() {
        String adminEmail = TestData.unique("admin") + "@example.org";
        long admin = TestData.account(adminEmail, "ADMIN");
        String email = TestData.unique("promoted") + "@example.org";
        long account = TestData.account(email, "CUSTOMER");
        String address = TestData.unique("office");

        HttpResponse<String> changed =
                putRoles(account, "[\"customer\",\"ORGANIZER\"]", Tokens.valid(admin, adminEmail, "ADMIN"), address);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Http.json(changed).getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("CUSTOMER", "ORGANIZER");
        JsonObject event = auditEvents(admin, adminEmail).stream()
                .filter(candidate -> "ROLES_CHANGED".equals(candidate.getString("action"))
                        && String.valueOf(account).equals(candidate.getString("subjectId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ROLES_CHANGED event for account " + account));
        assertThat(event.getString("actor")).isEqualTo(adminEmail);
        assertThat(event.getString("actorId")).isEqualTo(String.valueOf(admin));
        assertThat(event.getString("address")).isEqualTo(address);
        assertThat(event.getString("detail")).contains("[CUSTOMER] -> [CUSTOMER, ORGANIZER]");
        assertThat(event.getString("occurredAt")).endsWith("Z");
    }

    @Test
    void roleEscalationIsRefused() {
        String email = TestData.unique("climber") + "@example.org";
        long climber = TestData.account(email, "CUSTOMER");

        HttpResponse<String> response =
                putRoles(climber, "[\"ADMIN\"]", Tokens.valid(climber, email, "CUSTOMER"), null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
    }

    @Test
    void anAdminCannotChangeTheirOwnRolesNorLeaveAnAccountWithoutAnyNorNameUnknownRoles() {
        String adminEmail = TestData.unique("solo-admin") + "@example.org";
        long admin = TestData.account(adminEmail, "ADMIN");
        String token = Tokens.valid(admin, adminEmail, "ADMIN");
        long other = TestData.account(TestData.unique("other") + "@example.org", "CUSTOMER");

        assertThat(Http.json(putRoles(admin, "[\"CUSTOMER\"]", token, null)).getString("code"))
                .isEqualTo("admin.own-roles");
        assertThat(putRoles(other, "[]", token, null).statusCode()).isEqualTo(422);
        HttpResponse<String> unknownRole = putRoles(other, "[\"EMPEROR\"]", token, null);
        assertThat(unknownRole.statusCode()).isEqualTo(400);
        assertThat(unknownRole.body()).contains("EMPEROR");
        assertThat(putRoles(999_999_999L, "[\"CUSTOMER\"]", token, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aFailedSignInIsInTheAuditTrailWithTheAddress() {
        String adminEmail = TestData.unique("auditor") + "@example.org";
        long admin = TestData.account(adminEmail, "ADMIN");
        String victim = TestData.unique("victim") + "@example.org";
        TestData.account(victim, "CUSTOMER");
        String address = TestData.unique("guesser");

        Http.postJson(
                Platform.uri("/api/v1/auth/token"),
                "{\"email\":\"" + victim + "\",\"password\":\"wrong guess\"}",
                "X-Forwarded-For",
                address);

        assertThat(auditEvents(admin, adminEmail)).anySatisfy(event -> {
            assertThat(event.getString("action")).isEqualTo("SIGN_IN_FAILED");
            assertThat(event.getString("actor")).isEqualTo(victim);
            assertThat(event.getString("address")).isEqualTo(address);
        });
    }

    private static List<JsonObject> auditEvents(long admin, String adminEmail) {
        HttpResponse<String> response = Http.getWithToken(
                Platform.uri("/api/v1/admin/audit?size=100"), Tokens.valid(admin, adminEmail, "ADMIN"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static HttpResponse<String> putRoles(long account, String roles, String token, String address) {
        URI uri = Platform.uri("/api/v1/admin/accounts/" + account + "/roles");
        String body = "{\"roles\":" + roles + "}";
        return address == null
                ? Http.putJson(uri, body, "Authorization", "Bearer " + token)
                : Http.putJson(uri, body, "Authorization", "Bearer " + token, "X-Forwarded-For", address);
    }
}
