package org.boxoffice.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void readyWithTheDatabaseAndTheBrokerUp() {
        HttpResponse<String> response = Http.get(Platform.uri("/health/ready"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = Http.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        JsonObject database = check(health, "database");
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("detail")).startsWith("PostgreSQL");
        JsonObject broker = check(health, "broker");
        assertThat(broker.getString("status")).isEqualTo("UP");
        assertThat(broker.getJsonObject("data").getString("detail")).contains("Artemis");
    }

    @Test
    void aliveWithTheHeapCheck() {
        HttpResponse<String> response = Http.get(Platform.uri("/health/live"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(check(Http.json(response), "heap").getString("status")).isEqualTo("UP");
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(check -> name.equals(check.getString("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check named " + name + " in " + health));
    }
}
