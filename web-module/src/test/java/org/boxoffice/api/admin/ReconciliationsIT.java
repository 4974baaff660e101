package org.boxoffice.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.boxoffice.it.Api;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The reconciliations as admins start and read them over the API: a day that has begun starts a
 * run (202) that goes on in the background and is listed, newest first, with its differences; bad
 * days are refused with the field named and start nothing; only admins may.
 */
class ReconciliationsIT {

    private static final String PATH = "/api/v1/admin/reconciliations";

    @Test
    void anAdminStartsTheReconciliationOfADayAndReadsItsRun() throws InterruptedException {
        String admin = admin();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        HttpResponse<String> started = Api.post(PATH, "{\"day\":\"" + yesterday + "\"}", admin);

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonObject run = Http.json(started);
        String id = run.getString("id");
        assertThat(started.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(PATH + "/" + id));
        assertThat(run.getString("day")).isEqualTo(yesterday);
        assertThat(run.getString("zone")).isEqualTo("UTC");
        assertThat(run.getString("startedBy")).isNotBlank();

        JsonObject ended = awaitEnd(admin, id);
        assertThat(ended.getString("status")).isIn("COMPLETED", "FAILED");
        assertThat(ended.getString("endedAt")).isNotBlank();
        if (ended.getString("status").equals("FAILED")) {
            assertThat(ended.getString("error")).as("a failed run says why").isNotBlank();
        }

        HttpResponse<String> list = get(PATH + "?page=1&size=100", admin);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(Http.json(list).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("id"))
                .contains(id);
        HttpResponse<String> one = get(PATH + "/" + id + "?size=10", admin);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(Http.json(one).getJsonObject("run").getString("id")).isEqualTo(id);
        assertThat(Http.json(one).getJsonObject("differences").getInt("size")).isEqualTo(10);
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'RECONCILIATION_STARTED' and detail like ?",
                        "reconciliation " + id + " of %"))
                .isEqualTo(1);
    }

    @Test
    void theNewestRunComesFirst() throws InterruptedException {
        String admin = admin();
        String first =
                Http.json(Api.post(PATH, "{\"day\":\"2026-01-01\"}", admin)).getString("id");
        String second =
                Http.json(Api.post(PATH, "{\"day\":\"2026-01-01\"}", admin)).getString("id");

        HttpResponse<String> list = get(PATH + "?size=2", admin);

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(Http.json(list).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("id"))
                .as("each run of a day is a report of its own")
                .containsExactly(second, first);
        awaitEnd(admin, first);
        awaitEnd(admin, second);
    }

    @Test
    void badDaysAreRefusedWithTheFieldNamedAndStartNothing() {
        String admin = admin();
        long runs = TestData.count("select count(*) from reconciliation_run");
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();

        HttpResponse<String> future422 = Api.post(PATH, "{\"day\":\"" + future + "\"}", admin);
        HttpResponse<String> noDate = Api.post(PATH, "{\"day\":\"2026-02-30\"}", admin);
        HttpResponse<String> words = Api.post(PATH, "{\"day\":\"yesterday\"}", admin);
        HttpResponse<String> missing = Api.post(PATH, "{}", admin);

        Api.assertProblem(future422, 422, "reconciliation.future-day");
        assertThat(Http.json(future422).getString("detail")).startsWith("day: " + future);
        Api.assertProblem(noDate, 422, "reconciliation.invalid-day");
        assertThat(Http.json(noDate).getString("detail")).startsWith("day: 2026-02-30");
        for (HttpResponse<String> invalid : java.util.List.of(words, missing)) {
            assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
            assertThat(Http.contentType(invalid)).startsWith("application/problem+json");
            assertThat(Http.json(invalid)
                            .getJsonArray("errors")
                            .getJsonObject(0)
                            .getString("field"))
                    .isEqualTo("day");
        }
        assertThat(TestData.count("select count(*) from reconciliation_run")).isEqualTo(runs);
    }

    @Test
    void onlyAdminsReadAndStartThemAndOnlyAFailedRunRestarts() {
        String customer = Holds.customer();
        String admin = admin();

        assertThat(get(PATH, customer).statusCode()).isEqualTo(403);
        assertThat(Api.post(PATH, "{\"day\":\"2026-01-01\"}", customer).statusCode())
                .isEqualTo(403);
        assertThat(Http.get(Api.uri(PATH)).statusCode()).isEqualTo(401);
        Api.assertProblem(get(PATH + "/999999999", admin), 404, "reconciliation.unknown");
        Api.assertProblem(get(PATH + "/abc", admin), 404, "reconciliation.unknown");

        long completed = TestData.count("select nextval('reconciliation_run_seq')");
        TestData.execute(
                "insert into reconciliation_run (id, run_day, zone, provider, status, started_at, ended_at, matched,"
                        + " differences, resolved, version) values (?, date '2026-01-02', 'UTC', 'test', 'COMPLETED',"
                        + " now(), now(), 0, 0, 0, 1)",
                completed);
        Api.assertProblem(
                Api.post(PATH + "/" + completed + "/restart", "", admin), 409, "reconciliation.not-restartable");
        assertThat(Api.post(PATH + "/" + completed + "/restart", "", customer).statusCode())
                .isEqualTo(403);
    }

    static String admin() {
        String email = TestData.unique("admin") + "@example.org";
        long account = TestData.account(email, "ADMIN");
        return Tokens.valid(account, email, "ADMIN");
    }

    static HttpResponse<String> get(String path, String token) {
        return Http.get(Api.uri(path), "Authorization", "Bearer " + token);
    }

    /** The run once it has ended, completed or failed; it must within two minutes. */
    static JsonObject awaitEnd(String admin, String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonObject run;
        do {
            HttpResponse<String> answer = get(PATH + "/" + id + "?size=1", admin);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            run = Http.json(answer).getJsonObject("run");
            if (!run.getString("status").equals("RUNNING")) {
                return run;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("the reconciliation " + id + " did not end within two minutes: " + run);
    }
}
