package org.boxoffice.api.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.api.account.RegistrationIT.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestMail;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/** The owner's own changes over the API: profile, password, e-mail address, privacy preferences. */
class ProfilesIT {

    private static final String PASSWORD = "a fine long passphrase";
    private static final Pattern TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_-]+)");

    @Test
    void theProfileIsSavedAndItsPersonalFieldsAreEncryptedAtRest() {
        String email = TestData.unique("profile") + "@example.org";
        long id = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        String token = Tokens.valid(id, email, "CUSTOMER");

        HttpResponse<String> saved = Http.putJson(
                Platform.uri("/api/v1/accounts/me"),
                "{\"displayName\":\" Ada Lovelace \",\"phone\":\"+44 20 7946 0000\","
                        + "\"postalAddress\":\"12 St James's Square, London\"}",
                "Authorization",
                "Bearer " + token);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject me = Http.json(Http.getWithToken(Platform.uri("/api/v1/accounts/me"), token));
        assertThat(me.getString("displayName")).isEqualTo("Ada Lovelace");
        assertThat(me.getString("phone")).isEqualTo("+44 20 7946 0000");
        assertThat(me.getString("postalAddress")).isEqualTo("12 St James's Square, London");
        for (String column : new String[] {"display_name", "phone", "postal_address"}) {
            assertThat(TestData.text("select " + column + " from account where id = ?", id))
                    .as(column + " as the database holds it")
                    .startsWith("{aes-gcm:")
                    .doesNotContain("Ada", "7946", "London");
        }
        assertThat(TestData.count(
                        "select count(*) from audit_event where subject_id = ? and action = 'PROFILE_CHANGED'", id))
                .isEqualTo(1);
    }

    @Test
    void aBadFieldIsRefusedWithItsRuleAndNothingChanges() {
        String email = TestData.unique("badprofile") + "@example.org";
        long id = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        String token = Tokens.valid(id, email, "CUSTOMER");
        String before = TestData.text("select display_name from account where id = ?", id);

        assertProblem(
                Http.putJson(
                        Platform.uri("/api/v1/accounts/me"),
                        "{\"displayName\":\"New Name\",\"phone\":\"call me maybe\"}",
                        "Authorization",
                        "Bearer " + token),
                422,
                "account.invalid-profile.phone");
        HttpResponse<String> blank = Http.putJson(
                Platform.uri("/api/v1/accounts/me"), "{\"displayName\":\" \"}", "Authorization", "Bearer " + token);
        assertThat(blank.statusCode()).as(blank.body()).isEqualTo(422);
        assertThat(blank.body()).contains("displayName");
        HttpResponse<String> tooLong = Http.putJson(
                Platform.uri("/api/v1/accounts/me"),
                "{\"displayName\":\"" + "x".repeat(101) + "\"}",
                "Authorization",
                "Bearer " + token);
        assertThat(tooLong.statusCode()).isEqualTo(422);

        assertThat(TestData.text("select display_name from account where id = ?", id))
                .isEqualTo(before);
        assertThat(Http.putJson(Platform.uri("/api/v1/accounts/me"), "{\"displayName\":\"Anonymous\"}")
                        .statusCode())
                .as("no token")
                .isEqualTo(401);
    }

    @Test
    void aNewPasswordNeedsTheCurrentOneAndTheOwnerIsTold() {
        String email = TestData.unique("newpass") + "@example.org";
        long id = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        // issued a little earlier: tokens carry their issue time in whole seconds
        String token = Tokens.issuedBefore(Duration.ofSeconds(5), id, email, "CUSTOMER");

        assertProblem(
                changePassword(token, "not my password", "another fine passphrase"), 403, "account.password-mismatch");
        assertProblem(changePassword(token, PASSWORD, "short"), 422, "account.weak-password.length");
        assertThat(RegistrationIT.token(email, PASSWORD).statusCode())
                .as("refused changes change nothing")
                .isEqualTo(200);

        assertThat(changePassword(token, PASSWORD, "another fine passphrase").statusCode())
                .isEqualTo(204);

        assertThat(RegistrationIT.token(email, PASSWORD).statusCode()).isEqualTo(401);
        assertThat(RegistrationIT.token(email, "another fine passphrase").statusCode())
                .isEqualTo(200);
        assertThat(Http.getWithToken(Platform.uri("/api/v1/accounts/me"), token).statusCode())
                .as("a token from before the change counts no more")
                .isEqualTo(401);
        String fresh = Http.json(RegistrationIT.token(email, "another fine passphrase"))
                .getString("access_token");
        assertThat(Http.getWithToken(Platform.uri("/api/v1/accounts/me"), fresh).statusCode())
                .isEqualTo(200);
        assertThat(TestMail.await(email, "password was changed", Duration.ofSeconds(30))
                        .text())
                .contains("If it was not you");
    }

    @Test
    void aTokenNamingARoleTakenAwayCountsNoMore() {
        String email = TestData.unique("demoted") + "@example.org";
        long id = TestData.account(email, "CUSTOMER", "ORGANIZER");
        String token = Tokens.valid(id, email, "CUSTOMER", "ORGANIZER");
        assertThat(Http.getWithToken(Platform.uri("/api/v1/accounts/me"), token).statusCode())
                .isEqualTo(200);

        TestData.execute("delete from account_role where account_id = ? and role = 'ORGANIZER'", id);

        assertThat(Http.getWithToken(Platform.uri("/api/v1/accounts/me"), token).statusCode())
                .isEqualTo(401);
        assertThat(Http.getWithToken(Platform.uri("/api/v1/accounts/me"), Tokens.valid(id, email, "CUSTOMER"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aNewAddressCountsOnlyOnceItsLinkIsOpenedAndTheLinkWorksOnce() {
        String email = TestData.unique("moving") + "@example.org";
        String newEmail = TestData.unique("moved") + "@example.org";
        long id = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER");
        String token = Tokens.valid(id, email, "CUSTOMER");

        assertProblem(changeEmail(token, "wrong password", newEmail), 403, "account.password-mismatch");
        assertProblem(changeEmail(token, PASSWORD, "not-an-address"), 422, "account.invalid-email");
        String taken = TestData.unique("taken") + "@example.org";
        TestData.account(taken, "CUSTOMER");
        assertProblem(changeEmail(token, PASSWORD, taken), 409, "account.email-taken");

        assertThat(changeEmail(token, PASSWORD, newEmail).statusCode()).isEqualTo(202);
        assertThat(TestMail.await(email, "about to change", Duration.ofSeconds(30))
                        .text())
                .contains("If it was not you");
        String secret = secretIn(TestMail.await(newEmail, "Confirm your new e-mail address", Duration.ofSeconds(30))
                .text());
        assertThat(RegistrationIT.token(email, PASSWORD).statusCode())
                .as("until confirmed, the old address signs in")
                .isEqualTo(200);

        assertThat(confirm(secret).statusCode()).isEqualTo(204);

        assertThat(RegistrationIT.token(newEmail, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(RegistrationIT.token(email, PASSWORD).statusCode()).isEqualTo(401);
        assertProblem(confirm(secret), 422, "account.invalid-token");
    }

    @Test
    void privacyPreferencesAreOffUntilSwitchedOnAndEveryChangeIsRecorded() {
        String email = TestData.unique("prefs") + "@example.org";
        HttpResponse<String> registered = Http.postJson(
                Platform.uri("/api/v1/accounts"),
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"acceptTerms\":true,"
                        + "\"marketing\":true}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        long id = Long.parseLong(Http.json(registered).getString("id"));
        TestData.execute("update account set status = 'ACTIVE' where id = ?", id);
        String token = Tokens.valid(id, email, "CUSTOMER");

        JsonObject atRegistration =
                Http.json(Http.getWithToken(Platform.uri("/api/v1/accounts/me/preferences"), token));
        assertThat(atRegistration.getBoolean("marketing")).isTrue();
        assertThat(atRegistration.getBoolean("analytics")).isFalse();
        assertThat(atRegistration.getJsonArray("history")).hasSize(3);
        assertThat(atRegistration.getJsonArray("history").toString())
                .contains("\"kind\":\"TERMS\"", "\"textVersion\":\"2026-11-01\"");

        HttpResponse<String> changed = Http.putJson(
                Platform.uri("/api/v1/accounts/me/preferences"),
                "{\"marketing\":false,\"analytics\":true}",
                "Authorization",
                "Bearer " + token);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonObject now = Http.json(changed);
        assertThat(now.getBoolean("marketing")).isFalse();
        assertThat(now.getBoolean("analytics")).isTrue();
        assertThat(now.getJsonArray("history"))
                .as("two changes added, nothing rewritten")
                .hasSize(5);
        assertThat(TestData.count(
                        "select count(*) from audit_event where subject_id = ? and action = 'CONSENT_CHANGED'", id))
                .isEqualTo(2);
        HttpResponse<String> missing = Http.putJson(
                Platform.uri("/api/v1/accounts/me/preferences"),
                "{\"marketing\":true}",
                "Authorization",
                "Bearer " + token);
        assertThat(missing.statusCode()).isEqualTo(422);
        JsonObject export = Http.json(Http.getWithToken(Platform.uri("/api/v1/accounts/me/export"), token));
        assertThat(export.getJsonArray("consents")).hasSize(5);
    }

    @Test
    void registeringWithoutAgreeingToTheTermsStoresNothing() {
        String email = TestData.unique("noterms") + "@example.org";

        assertProblem(
                Http.postJson(
                        Platform.uri("/api/v1/accounts"),
                        "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"),
                422,
                "account.terms-not-accepted");

        assertThat(TestData.count("select count(*) from account where email = ?", email))
                .isZero();
    }

    private static HttpResponse<String> changePassword(String token, String current, String next) {
        return Http.postJson(
                Platform.uri("/api/v1/accounts/me/password"),
                "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}",
                "Authorization",
                "Bearer " + token);
    }

    private static HttpResponse<String> changeEmail(String token, String password, String newEmail) {
        return Http.postJson(
                Platform.uri("/api/v1/accounts/me/email"),
                "{\"password\":\"" + password + "\",\"newEmail\":\"" + newEmail + "\"}",
                "Authorization",
                "Bearer " + token);
    }

    private static HttpResponse<String> confirm(String secret) {
        return Http.postJson(Platform.uri("/api/v1/accounts/email-confirmation"), "{\"token\":\"" + secret + "\"}");
    }

    private static String secretIn(String text) {
        Matcher matcher = TOKEN.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }
}
