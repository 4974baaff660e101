package org.boxoffice.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.boxoffice.it.Api;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/** Which kinds of notification a customer gets by mail: optional ones switch, mandatory ones stay on. */
class NotificationPreferencesIT {

    private static final String PREFERENCES = "/api/v1/accounts/me/notifications/preferences";

    @Test
    void anOptionalKindIsSwitchedOffAndOnAgainAndKeptPerAccount() {
        String token = customer();
        List<JsonObject> before = choices(Http.getWithToken(Platform.uri(PREFERENCES), token));
        assertThat(before)
                .extracting(choice -> choice.getString("kind"))
                .contains("BOOKING_CONFIRMATION", "PAYMENT_RECEIPT", "EVENT_REMINDER", "EVENT_CANCELLED")
                .as("account mails are not a customer's choice")
                .doesNotContain("PASSWORD_RESET", "EMAIL_VERIFICATION");
        assertThat(before)
                .allSatisfy(choice -> assertThat(choice.getBoolean("mail")).isTrue());
        assertThat(choice(before, "EVENT_REMINDER").getBoolean("mandatory")).isFalse();
        assertThat(choice(before, "BOOKING_CONFIRMATION").getBoolean("mandatory"))
                .isTrue();
        assertThat(choice(before, "EVENT_REMINDER").getString("title")).isEqualTo("Event reminders");

        List<JsonObject> changed = choices(Api.put(
                PREFERENCES, "{\"EVENT_REMINDER\":{\"mail\":false},\"payment-receipt\":{\"mail\":false}}", token));
        assertThat(choice(changed, "EVENT_REMINDER").getBoolean("mail")).isFalse();
        assertThat(choice(changed, "PAYMENT_RECEIPT").getBoolean("mail")).isFalse();
        List<JsonObject> read = choices(Http.getWithToken(Platform.uri(PREFERENCES), token));
        assertThat(choice(read, "EVENT_REMINDER").getBoolean("mail")).as("kept").isFalse();
        assertThat(choice(read, "EVENT_CHANGED").getBoolean("mail")).isTrue();
        assertThat(choices(Http.getWithToken(Platform.uri(PREFERENCES), customer())))
                .as("another customer's choices are their own")
                .allSatisfy(choice -> assertThat(choice.getBoolean("mail")).isTrue());

        List<JsonObject> again = choices(Api.put(PREFERENCES, "{\"EVENT_REMINDER\":{\"mail\":true}}", token));
        assertThat(choice(again, "EVENT_REMINDER").getBoolean("mail")).isTrue();
        assertThat(choice(again, "PAYMENT_RECEIPT").getBoolean("mail"))
                .as("untouched")
                .isFalse();

        HttpResponse<String> german = Http.get(
                Platform.uri(PREFERENCES), "Authorization", "Bearer " + token, "Accept-Language", "de-DE,de;q=0.9");
        assertThat(choice(choices(german), "EVENT_REMINDER").getString("title"))
                .isEqualTo("Erinnerungen an Veranstaltungen");
    }

    @Test
    void aMandatoryKindOrAnUnknownKindIsRefusedAndNothingChanges() {
        String email = TestData.unique("refused") + "@example.org";
        long id = TestData.account(email, "CUSTOMER");
        String token = Tokens.valid(id, email, "CUSTOMER");

        HttpResponse<String> mandatory = Api.put(
                PREFERENCES, "{\"EVENT_REMINDER\":{\"mail\":false},\"BOOKING_CONFIRMATION\":{\"mail\":false}}", token);
        Api.assertProblem(mandatory, 422, "notification.mandatory");
        assertThat(Http.json(mandatory).getString("detail")).contains("BOOKING_CONFIRMATION");
        assertThat(choice(choices(Http.getWithToken(Platform.uri(PREFERENCES), token)), "EVENT_REMINDER")
                        .getBoolean("mail"))
                .as("all or nothing")
                .isTrue();

        HttpResponse<String> account = Api.put(PREFERENCES, "{\"PASSWORD_RESET\":{\"mail\":false}}", token);
        Api.assertProblem(account, 422, "notification.mandatory");

        HttpResponse<String> unknown = Api.put(PREFERENCES, "{\"NEWSLETTER\":{\"mail\":false}}", token);
        Api.assertProblem(unknown, 422, "notification.unknown-kind");
        assertThat(Http.json(unknown).getString("detail")).contains("NEWSLETTER");

        HttpResponse<String> noChoice = Api.put(PREFERENCES, "{\"EVENT_REMINDER\":{}}", token);
        assertThat(noChoice.statusCode()).as(noChoice.body()).isEqualTo(422);
        assertThat(Http.json(noChoice).getString("code")).isEqualTo("invalid-input");

        assertThat(Http.putJson(Platform.uri(PREFERENCES), "{}").statusCode())
                .as("no token")
                .isEqualTo(401);
        assertThat(TestData.count("select count(*) from notification_preference where account_id = ?", id))
                .as("no refused change was written")
                .isZero();
    }

    private static String customer() {
        String email = TestData.unique("prefs") + "@example.org";
        long id = TestData.account(email, "CUSTOMER");
        return Tokens.valid(id, email, "CUSTOMER");
    }

    private static List<JsonObject> choices(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json("{\"a\":" + response.body() + "}").getJsonArray("a").getValuesAs(JsonObject.class);
    }

    private static JsonObject choice(List<JsonObject> choices, String kind) {
        return choices.stream()
                .filter(choice -> choice.getString("kind").equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + choices));
    }
}
