package org.boxoffice.api.testprovider;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.boxoffice.it.Api;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;

/**
 * The built-in test provider over HTTP on the shared platform: its charges live in the database,
 * a repeated key answers with the first charge (also when the requests race), refunds may be
 * partial and never sum to more than the charge, every change writes a webhook event in the same
 * transaction, and the platform's sender tries them until they are taken.
 */
class TestProviderIT {

    private static final String PROVIDER = "/api/test-provider/v1";

    @Test
    void aChargeIsKeptAndListedAndARepeatedKeyAnswersWithIt() {
        Instant before = Instant.now().minusSeconds(1);
        String key = TestData.unique("payment");

        HttpResponse<String> first = charge(key, "4242 4242 4242 4242".replace(" ", ""), "12.50");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonObject charge = Http.json(first);
        assertThat(charge.getString("id")).matches("ch_[0-9a-f]{32}");
        assertThat(charge.getString("status")).isEqualTo("succeeded");
        assertThat(charge.getString("reference")).isEqualTo(key);
        assertThat(charge.getString("refunded")).isEqualTo("0.00");

        JsonObject again = Http.json(charge(key, "4000000000000002", "99.00"));
        assertThat(again.getString("id")).as("the same key, the first answer").isEqualTo(charge.getString("id"));
        assertThat(again.getString("status")).isEqualTo("succeeded");

        assertThat(TestData.count(
                        "select count(*) from test_provider_charge where idempotency_key = ? and amount = 12.50"
                                + " and status = 'succeeded'",
                        key))
                .as("kept in the database, once")
                .isOne();
        List<JsonObject> listed = list("/charges", before, Instant.now().plusSeconds(1));
        assertThat(listed)
                .filteredOn(item -> item.getString("id").equals(charge.getString("id")))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.getString("amount")).isEqualTo("12.50");
                    assertThat(item.getString("currency")).isEqualTo("EUR");
                    assertThat(Instant.parse(item.getString("created"))).isBetween(before, Instant.now());
                });
    }

    @Test
    void listsArePagedOldestFirst() {
        Instant before = Instant.now().minusSeconds(1);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(Http.json(charge(TestData.unique("page"), "4242424242424242", "1.00"))
                    .getString("id"));
        }
        Instant after = Instant.now().plusSeconds(1);

        List<String> walked = new ArrayList<>();
        String startingAfter = null;
        boolean more = true;
        for (int pages = 0; more && pages < 1000; pages++) {
            HttpResponse<String> page = Http.get(Api.uri(PROVIDER + "/charges?from=" + before + "&to=" + after
                    + "&limit=1" + (startingAfter == null ? "" : "&starting_after=" + startingAfter)));
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            List<JsonObject> items = Http.json(page).getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(items).hasSizeLessThanOrEqualTo(1);
            items.forEach(item -> walked.add(item.getString("id")));
            more = Http.json(page).getBoolean("has_more");
            startingAfter = items.isEmpty() ? startingAfter : items.get(0).getString("id");
        }
        assertThat(walked).doesNotHaveDuplicates().containsSubsequence(made);
    }

    @Test
    void racingRequestsWithOneKeyMakeOneCharge() throws Exception {
        String key = TestData.unique("race");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> charge(key, "4242424242424242", "5.00"));
            }
            Set<String> ids = new HashSet<>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                ids.add(Http.json(response).getString("id"));
            }
            assertThat(ids).as("one charge for all").hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(TestData.count("select count(*) from test_provider_charge where idempotency_key = ?", key))
                .isOne();
        assertThat(TestData.count(
                        "select count(*) from test_provider_webhook where payload like ?",
                        "%" + TestData.text("select id from test_provider_charge where idempotency_key = ?", key)
                                + "%"))
                .as("one event for the one charge")
                .isOne();
    }

    @Test
    void partialRefundsMayReachTheChargeAndNeverPassIt() {
        Instant before = Instant.now().minusSeconds(1);
        String chargeId = Http.json(charge(TestData.unique("refunded"), "4242424242424242", "40.00"))
                .getString("id");

        HttpResponse<String> first = refund(chargeId, "refund-a-" + chargeId, "15.00");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonObject refund = Http.json(first);
        assertThat(refund.getString("id")).matches("re_[0-9a-f]{32}");
        assertThat(refund.getString("charge")).isEqualTo(chargeId);
        assertThat(refund.getString("amount")).isEqualTo("15.00");
        assertThat(Http.json(refund(chargeId, "refund-a-" + chargeId, "15.00")).getString("id"))
                .as("the same key, the same refund")
                .isEqualTo(refund.getString("id"));
        assertThat(chargeStatus(chargeId)).isEqualTo("partially_refunded");

        HttpResponse<String> tooMuch = refund(chargeId, "refund-b-" + chargeId, "25.01");
        Api.assertProblem(tooMuch, 400, "test-provider.invalid-request");
        assertThat(Http.json(tooMuch).getJsonObject("error").getString("code")).isEqualTo("amount_too_large");

        assertThat(refund(chargeId, "refund-c-" + chargeId, "25.00").statusCode())
                .isEqualTo(200);
        assertThat(chargeStatus(chargeId)).isEqualTo("refunded");
        HttpResponse<String> more = refund(chargeId, "refund-d-" + chargeId, "0.01");
        assertThat(more.statusCode()).isEqualTo(400);
        assertThat(Http.json(more).getJsonObject("error").getString("code")).isEqualTo("amount_too_large");

        assertThat(TestData.count(
                        "select count(*) from test_provider_refund where charge_id = ? and amount in (15.00, 25.00)",
                        chargeId))
                .isEqualTo(2);
        assertThat(list("/refunds", before, Instant.now().plusSeconds(1)))
                .filteredOn(item -> item.getString("charge").equals(chargeId))
                .extracting(item -> item.getString("amount"))
                .containsExactly("15.00", "25.00");
        assertThat(TestData.count(
                        "select count(*) from test_provider_webhook where type = 'refund.succeeded' and payload like ?",
                        "%\"charge\":\"" + chargeId + "\"%"))
                .as("an event per refund")
                .isEqualTo(2);
    }

    @Test
    void refundsOfUnknownOrDeclinedChargesAreRefused() {
        HttpResponse<String> unknown = refund("ch_unknown", TestData.unique("refund"), "1.00");
        Api.assertProblem(unknown, 404, "test-provider.not-found");
        assertThat(Http.json(unknown).getJsonObject("error").getString("code")).isEqualTo("resource_missing");

        String declined = Http.json(charge(TestData.unique("declined"), "4000000000000002", "10.00"))
                .getString("id");
        Api.assertProblem(refund(declined, TestData.unique("refund"), "1.00"), 409, "test-provider.conflict");
        Api.assertProblem(
                Http.postJson(
                        Api.uri(PROVIDER + "/charges/" + declined + "/refunds"),
                        "{\"amount\":\"1.001\",\"currency\":\"EUR\"}",
                        "Idempotency-Key",
                        TestData.unique("refund")),
                400,
                "test-provider.invalid-request");
    }

    @Test
    void everyChangeWritesItsWebhookEvent() {
        String succeeded = Http.json(charge(TestData.unique("event"), "4242424242424242", "12.50"))
                .getString("id");
        assertThat(events(succeeded, "charge.succeeded")).isOne();

        String declined = Http.json(charge(TestData.unique("event"), "4000000000009995", "12.50"))
                .getString("id");
        assertThat(events(declined, "charge.failed")).isOne();
        assertThat(TestData.text(
                        "select payload from test_provider_webhook where payload like ?", "%" + declined + "%"))
                .contains("\"decline_code\":\"insufficient_funds\"", "\"amount\":\"12.50\"", "\"currency\":\"EUR\"");

        String challenged = Http.json(charge(TestData.unique("event"), "4000002760003184", "12.50"))
                .getString("id");
        assertThat(events(challenged, "%")).as("nothing to tell while it waits").isZero();
        HttpResponse<String> passed =
                Http.postJson(Api.uri(PROVIDER + "/charges/" + challenged + "/completion"), "{\"answer\":\"123456\"}");
        assertThat(Http.json(passed).getString("status")).isEqualTo("succeeded");
        Http.postJson(Api.uri(PROVIDER + "/charges/" + challenged + "/completion"), "{\"answer\":\"123456\"}");
        assertThat(events(challenged, "charge.succeeded"))
                .as("once, however often answered")
                .isOne();
    }

    /**
     * The platform sends its events to its own webhook endpoint: each is attempted within seconds,
     * and one that is not taken (any answer but 2xx, as before that endpoint takes test events) is
     * attempted again after the back-off.
     */
    @Test
    void thePlatformSendsEachEventAndTriesAgainUntilItIsTaken() throws InterruptedException {
        String chargeId = Http.json(charge(TestData.unique("sent"), "4242424242424242", "3.00"))
                .getString("id");
        String event = "select %s from test_provider_webhook where payload like '%%" + chargeId + "%%'";

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        boolean settled = false;
        while (!settled && System.nanoTime() < deadline) {
            Thread.sleep(500);
            settled = TestData.text(event.formatted("delivered_at")) != null
                    || TestData.count(event.formatted("attempts")) >= 2;
        }
        assertThat(settled)
                .as("delivered, or attempted again: " + TestData.text(event.formatted("attempts")) + " attempts, last "
                        + TestData.text(event.formatted("last_status")))
                .isTrue();
        if (TestData.text(event.formatted("delivered_at")) == null) {
            assertThat(TestData.text(event.formatted("next_attempt_at")))
                    .as("another attempt to come")
                    .isNotNull();
        }
    }

    private static long events(String chargeId, String type) {
        return TestData.count(
                "select count(*) from test_provider_webhook where type like ? and payload like ?",
                type,
                "%\"id\":\"" + chargeId + "\"%");
    }

    static HttpResponse<String> charge(String key, String card, String amount) {
        return Http.postJson(
                Api.uri(PROVIDER + "/charges"),
                "{\"amount\":\"" + amount + "\",\"currency\":\"EUR\",\"method\":\"CARD\",\"description\":\"provider"
                        + " test\",\"card\":{\"number\":\"" + card + "\",\"expiry\":\"12/40\",\"cvc\":\"123\"}}",
                "Idempotency-Key",
                key);
    }

    private static HttpResponse<String> refund(String chargeId, String key, String amount) {
        return Http.postJson(
                Api.uri(PROVIDER + "/charges/" + chargeId + "/refunds"),
                "{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"}",
                "Idempotency-Key",
                key);
    }

    private static String chargeStatus(String chargeId) {
        return TestData.text("select status from test_provider_charge where id = ?", chargeId);
    }

    private static List<JsonObject> list(String path, Instant from, Instant to) {
        HttpResponse<String> page = Http.get(Api.uri(PROVIDER + path + "?from=" + from + "&to=" + to + "&limit=1000"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Http.json(page).getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
