package org.boxoffice.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/** One customer never reads or changes another's data: their ids answer 404, like unknown ones. */
class NotificationsResourceIT {

    @Test
    void aCustomerReadsOwnNotificationsAndAnothersIdIsNotFound() {
        String ada = TestData.unique("ada") + "@example.org";
        long adaId = TestData.account(ada, "CUSTOMER");
        String bob = TestData.unique("bob") + "@example.org";
        long bobId = TestData.account(bob, "CUSTOMER");
        long adas = TestData.notification(adaId, "Your tickets for Night of Jazz");
        long bobs = TestData.notification(bobId, "Your tickets for Mahler 5");
        String adaToken = Tokens.valid(adaId, ada, "CUSTOMER");

        HttpResponse<String> inbox = Http.getWithToken(Platform.uri("/api/v1/accounts/me/notifications"), adaToken);
        assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
        assertThat(inbox.body()).contains("Night of Jazz").doesNotContain("Mahler");

        HttpResponse<String> own =
                Http.getWithToken(Platform.uri("/api/v1/accounts/me/notifications/" + adas), adaToken);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(Http.json(own).getBoolean("read")).isFalse();

        HttpResponse<String> others =
                Http.getWithToken(Platform.uri("/api/v1/accounts/me/notifications/" + bobs), adaToken);
        HttpResponse<String> unknown =
                Http.getWithToken(Platform.uri("/api/v1/accounts/me/notifications/999999999"), adaToken);
        assertThat(others.statusCode()).isEqualTo(404);
        assertThat(Http.contentType(others)).startsWith("application/problem+json");
        JsonObject problem = Http.json(others);
        assertThat(problem.getString("code")).isEqualTo("notification.unknown");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.json(unknown).getString("code")).isEqualTo("notification.unknown");

        HttpResponse<String> markOthers = Http.postJson(
                Platform.uri("/api/v1/accounts/me/notifications/" + bobs + "/read"),
                "",
                "Authorization",
                "Bearer " + adaToken);
        assertThat(markOthers.statusCode()).isEqualTo(404);
        assertThat(TestData.count("select count(*) from notification where id = ? and read_at is null", bobs))
                .as("another's notification stays unread")
                .isEqualTo(1);

        HttpResponse<String> markOwn = Http.postJson(
                Platform.uri("/api/v1/accounts/me/notifications/" + adas + "/read"),
                "",
                "Authorization",
                "Bearer " + adaToken);
        assertThat(markOwn.statusCode()).isEqualTo(204);
        assertThat(Http.json(Http.getWithToken(Platform.uri("/api/v1/accounts/me/notifications/" + adas), adaToken))
                        .getBoolean("read"))
                .isTrue();
        assertThat(Http.get(Platform.uri("/api/v1/accounts/me/notifications")).statusCode())
                .as("no token")
                .isEqualTo(401);
    }
}
