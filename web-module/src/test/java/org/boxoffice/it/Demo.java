package org.boxoffice.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The launcher on its embedded defaults (H2, its own data folder) and the demo data it loads, as the
 * tests that start it with {@link Launch} use them.
 */
public final class Demo {

    private static final Pattern PASSWORD = Pattern.compile("demo logins \\(password: (\\S+)\\)");

    private Demo() {}

    /**
     * Nothing of the test run's PostgreSQL set-up: the launcher's own defaults only. A map of its own
     * to add settings to; a null value removes an inherited variable.
     */
    public static Map<String, String> embeddedDefaults() {
        Map<String, String> environment = new HashMap<>();
        for (String variable : new String[] {
            "BOXOFFICE_DB_URL",
            "BOXOFFICE_DB_USER",
            "BOXOFFICE_DB_PASSWORD",
            "BOXOFFICE_DB_DATASOURCE",
            "BOXOFFICE_DB_SCHEMA",
            "BOXOFFICE_DB_POOL_SIZE",
            "BOXOFFICE_JMS_RAR",
            "BOXOFFICE_DEMO_PASSWORD",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "BOXOFFICE_TICKET_SIGNING_KEY",
            "BOXOFFICE_PAYMENT_TEST_PROVIDER_WEBHOOK_SECRET",
            "BOXOFFICE_PAYMENT_TEST_PROVIDER_WEBHOOKS"
        }) {
            environment.put(variable, null);
        }
        return environment;
    }

    /** The demo logins' password, as the launcher showed it when it started. */
    public static String password(Launch launch) {
        Matcher shown = PASSWORD.matcher(launch.output());
        assertThat(shown.find()).as(launch.output()).isTrue();
        return shown.group(1);
    }

    /** An access token of the demo login {@code email} (such as customer2@demo.boxoffice.org). */
    public static String token(Launch launch, String email, String password) {
        return Http.json(Http.postJson(
                        launch.uri("/api/v1/auth/token"),
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .getString("access_token");
    }

    /** {@code places} adult places of the demo's Night of Jazz, held for the customer: the booking's id. */
    public static String holdJazz(Launch launch, String customer, int places) {
        JsonObject jazz = Http.json(Http.get(launch.uri("/api/v1/events?q=jazz")))
                .getJsonArray("items")
                .getJsonObject(0);
        JsonObject event = Http.json(Http.get(launch.uri("/api/v1/events/" + jazz.getString("id"))));
        String adult = event.getJsonArray("ticketTypes").getValuesAs(JsonObject.class).stream()
                .filter(type -> type.getString("name").equals("Adult"))
                .findFirst()
                .orElseThrow()
                .getString("id");
        HttpResponse<String> held = Http.postJson(
                launch.uri("/api/v1/bookings"),
                "{\"eventId\":\"" + jazz.getString("id") + "\",\"items\":[{\"ticketTypeId\":\"" + adult
                        + "\",\"quantity\":" + places + "}]}",
                "Authorization",
                "Bearer " + customer,
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        return Http.json(held).getString("id");
    }
}
