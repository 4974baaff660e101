package org.boxoffice.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.boxoffice.it.Api;
import org.boxoffice.it.Entry;
import org.boxoffice.it.Entry.Door;
import org.boxoffice.it.Http;
import org.boxoffice.it.Launch;
import org.boxoffice.it.Platform;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the platform on one database, as behind a load balancer: the shared platform
 * and a second one started by the launcher with the same settings. An API client's requests count
 * against one limit whichever instance answers them, and revoking the client on one instance stops
 * its token on the other at once.
 */
class RateLimitsAcrossInstancesIT {

    @Test
    void aClientsRequestsCountAgainstOneLimitOnBothInstancesAndRevocationHoldsOnBoth() {
        Door door = Entry.door("Two instances", 5);
        JsonObject client = ApiClientsIT.registered(door.organizer(), 4, "catalog:read");
        Map<String, String> environment = new HashMap<>(Platform.environment());
        // the test provider's webhooks are the shared platform's to send
        environment.put("BOXOFFICE_PAYMENT_TEST_PROVIDER_WEBHOOKS", "false");

        try (Launch second = Launch.start("second-instance", environment, true)) {
            assertThat(second.baseUri()).isNotEqualTo(Platform.baseUri());
            String token = ApiClientsIT.token(second.uri("/api/v1/auth/token"), client);
            ApiClientsIT.awaitFreshWindow(Duration.ofMinutes(1));

            for (int i = 0; i < 2; i++) {
                assertThat(Http.getWithToken(Platform.uri("/api/v1/categories"), token)
                                .statusCode())
                        .as("request %d on the shared platform", i + 1)
                        .isEqualTo(200);
                assertThat(Http.getWithToken(second.uri("/api/v1/categories"), token)
                                .statusCode())
                        .as("request %d on the second instance", i + 1)
                        .isEqualTo(200);
            }
            HttpResponse<String> fifthOnSecond = Http.getWithToken(second.uri("/api/v1/categories"), token);
            HttpResponse<String> sixthOnFirst = Http.getWithToken(Platform.uri("/api/v1/categories"), token);

            Api.assertProblem(fifthOnSecond, 429, "rate-limit.client");
            assertThat(fifthOnSecond.headers().firstValue("Retry-After")).isPresent();
            Api.assertProblem(sixthOnFirst, 429, "rate-limit.client");

            // revoked through the shared platform: the second instance refuses the token at once
            HttpResponse<String> revoked = Http.delete(
                    Platform.uri("/api/v1/organizer/clients/" + client.getString("clientId")),
                    "Authorization",
                    "Bearer " + door.organizer());
            assertThat(revoked.statusCode()).isEqualTo(204);
            assertThat(Http.getWithToken(second.uri("/api/v1/categories"), token)
                            .statusCode())
                    .isEqualTo(401);
        }
    }
}
