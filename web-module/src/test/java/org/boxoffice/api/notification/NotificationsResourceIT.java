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

    private static final String INBOX = "/api/v1/accounts/me/notifications";

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

    @Test
    void theUnreadCountFallsAsNoticesAreMarkedReadOneByOneOrAllAtOnce() {
        String cleo = TestData.unique("cleo") + "@example.org";
        long cleoId = TestData.account(cleo, "CUSTOMER");
        String dan = TestData.unique("dan") + "@example.org";
        long danId = TestData.account(dan, "CUSTOMER");
        long first = TestData.notification(cleoId, "First notice");
        TestData.notification(cleoId, "Second notice");
        TestData.notification(cleoId, "Third notice");
        long dans = TestData.notification(danId, "Dan's notice");
        String token = Tokens.valid(cleoId, cleo, "CUSTOMER");
        String danToken = Tokens.valid(danId, dan, "CUSTOMER");

        assertThat(unread(token)).isEqualTo(3);

        HttpResponse<String> page = Http.getWithToken(Platform.uri(INBOX + "?page=1&size=2"), token);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        JsonObject answer = Http.json(page);
        assertThat(answer.getInt("total")).isEqualTo(3);
        assertThat(answer.getInt("size")).isEqualTo(2);
        assertThat(answer.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("subject"))
                .as("newest first")
                .containsExactly("Third notice", "Second notice");
        assertThat(Http.json(Http.getWithToken(Platform.uri(INBOX + "?page=2&size=2"), token))
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("subject"))
                .isEqualTo("First notice");

        assertThat(Http.postJson(Platform.uri(INBOX + "/" + first + "/read"), "", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(204);
        assertThat(unread(token)).isEqualTo(2);

        HttpResponse<String> all =
                Http.postJson(Platform.uri(INBOX + "/read-all"), "", "Authorization", "Bearer " + token);
        assertThat(all.statusCode()).as(all.body()).isEqualTo(204);
        assertThat(unread(token)).isZero();
        assertThat(unread(danToken)).as("another's notices stay unread").isEqualTo(1);
        assertThat(TestData.count("select count(*) from notification where id = ? and read_at is null", dans))
                .isEqualTo(1);

        HttpResponse<String> wrongPage = Http.getWithToken(Platform.uri(INBOX + "?size=0&page=x"), token);
        assertThat(wrongPage.statusCode()).isEqualTo(400);
        assertThat(Http.json(wrongPage).getString("code")).isEqualTo("invalid-parameters");
        assertThat(Http.postJson(Platform.uri(INBOX + "/read-all"), "").statusCode())
                .as("no token")
                .isEqualTo(401);
    }

    private static int unread(String token) {
        HttpResponse<String> count = Http.getWithToken(Platform.uri(INBOX + "/unread-count"), token);
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        return Http.json(count).getInt("unread");
    }
}
