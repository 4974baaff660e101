package org.boxoffice.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.boxoffice.api.support.Cases.Person;
import org.boxoffice.it.Entry.Door;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;

/**
 * Two desk members refund from one case at the same moment, each with the version they read:
 * exactly one refund is made; the other is told the case changed (or, had it waited too long for
 * the case's lock, that the case is busy), and nothing of it is kept.
 */
class SupportActionRaceIT {

    @Test
    void twoRefundsAtOnceMakeExactlyOne() throws Exception {
        Door door = Cases.door("Raced refund");
        Person customer = Cases.customer();
        Person first = Cases.staff();
        Person second = Cases.person("support-admin", "ADMIN");
        JsonObject booking = Cases.booking(door, customer, 2);
        long bookingId = Long.parseLong(booking.getString("id"));
        String id = Cases.opened(customer, "REFUND_REQUEST", booking, "Refund one ticket");
        long version = Cases.version(id, first.token());
        String body = "{\"caseVersion\":" + version + ",\"amount\":\"5.00\"}";

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (Person staff : List.of(first, second)) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return Cases.action(id, staff.token(), "refunds", body);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        HttpResponse<String> refused = answers.stream()
                .filter(answer -> answer.statusCode() == 409)
                .findFirst()
                .orElseThrow();
        assertThat(Http.json(refused).getString("code")).isIn("support.case-changed", "support.busy");
        assertThat(TestData.count("select count(*) from refund where booking_id = ?", bookingId))
                .as("refunds of the booking")
                .isEqualTo(1);
        assertThat(TestData.count("select count(*) from support_action where case_id = ?", Long.parseLong(id)))
                .isEqualTo(1);
        assertThat(Cases.version(id, first.token())).isGreaterThan(version);
    }
}
