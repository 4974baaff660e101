package org.boxoffice.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.itemsBody;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.assertj.core.groups.Tuple;
import org.boxoffice.it.Api;
import org.boxoffice.it.Holds;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation of today against the built-in test provider, over HTTP: bookings are paid
 * with the provider's approved card, then our rows are changed behind the platform's back so that
 * each kind of difference appears, and the report of the run says so; what can be settled is. The
 * platform is shared, so only this test's payments are looked at in the report.
 */
class PaymentReconciliationIT {

    private static final String PATH = "/api/v1/admin/reconciliations";
    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    /** A card number on which the test provider fails (HTTP 500): the attempt stays pending. */
    private static final String PROVIDER_FAILS = "{\"method\":\"CARD\",\"card\":{\"number\":\"4000 0000 0000 0119\","
            + "\"expiry\":\"12/34\",\"cvc\":\"123\"}}";

    @Test
    void eachKindOfDifferenceIsReportedAndWhatCanBeSettledIsSettled() throws InterruptedException {
        String admin = admin();
        String customer = Holds.customer();
        GaEvent event = TestData.publishedEvent(TestData.unique("Reconciled"), "Bremen", IN_A_MONTH, "10.00", 50);

        long matched = paymentOf(Holds.confirmed(customer, itemsBody(event, 1)));

        long lost = paymentOf(Holds.confirmed(customer, itemsBody(event, 1)));
        String lostCharge = TestData.text("select provider_reference from payment where id = ?", lost);
        TestData.execute("update payment set provider_reference = ? where id = ?", "gone-" + lost, lost);

        long dearer = paymentOf(Holds.confirmed(customer, itemsBody(event, 1)));
        TestData.execute("update payment set amount = 12.00 where id = ?", dearer);

        JsonObject unknownRefundBooking = Holds.confirmed(customer, itemsBody(event, 2));
        long unknownRefund = refund(admin, unknownRefundBooking.getString("id"), "4.00");
        String unknownRefundAtProvider =
                TestData.text("select provider_reference from refund where id = ?", unknownRefund);
        TestData.execute(
                "update refund set provider_reference = ? where id = ?", "gone-" + unknownRefund, unknownRefund);

        JsonObject smallerRefundBooking = Holds.confirmed(customer, itemsBody(event, 2));
        long smallerRefund = refund(admin, smallerRefundBooking.getString("id"), "3.00");
        TestData.execute("update refund set amount = 2.00 where id = ?", smallerRefund);

        // an attempt the provider failed on, pending for 40 minutes: nothing was charged
        GaEvent odd = TestData.publishedEvent(TestData.unique("Odd price"), "Bremen", IN_A_MONTH, "13.37", 5);
        long staleBooking = held(customer, itemsBody(odd, 1));
        long stale = pendingPayment(customer, staleBooking);
        TestData.execute("update payment set created_at = created_at - interval '40 minutes' where id = ?", stale);

        // attempts whose answer was lost although the provider charged them
        long heldBooking = held(customer, itemsBody(event, 1));
        long lostAnswer = pendingPayment(customer, heldBooking);
        long endedBooking = held(customer, itemsBody(event, 1));
        long lateAnswer = pendingPayment(customer, endedBooking);
        chargedAtTheProvider(lostAnswer, "10.00");
        chargedAtTheProvider(lateAnswer, "10.00");
        HttpResponse<String> cancelled = Api.post("/api/v1/bookings/" + endedBooking + "/cancel", "", customer);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<JsonObject> differences = reconcile(admin, today);
        String staleDay = TestData.text(
                "select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') from payment where id = ?", stale);
        List<JsonObject> staleDifferences = staleDay.equals(today) ? differences : reconcile(admin, staleDay);

        assertThat(ofPayment(differences, matched))
                .as("a payment the provider charged as we did")
                .isEmpty();

        assertThat(ofPayment(differences, lost))
                .extracting(difference -> difference.getString("kind"))
                .containsExactlyInAnyOrder("CHARGE_MISSING_AT_PROVIDER", "CHARGE_MISSING_HERE");
        assertThat(ofKind(ofPayment(differences, lost), "CHARGE_MISSING_AT_PROVIDER"))
                .singleElement()
                .satisfies(difference -> {
                    assertThat(amount(difference, "ours")).isEqualTo("10.00 EUR");
                    assertThat(difference.containsKey("provider"))
                            .as("the provider has no charge")
                            .isFalse();
                    assertThat(difference.getString("resolution")).isEqualTo("REPORTED");
                });
        assertThat(ofReference(differences, lostCharge)).singleElement().satisfies(difference -> {
            assertThat(difference.getString("kind")).isEqualTo("CHARGE_MISSING_HERE");
            assertThat(field(difference, "paymentId"))
                    .as("no payment has this charge now, but the charge carries this payment's reference")
                    .isEqualTo(String.valueOf(lost));
            assertThat(difference.getString("detail")).contains("payment-" + lost, "gone-" + lost);
            assertThat(amount(difference, "provider")).isEqualTo("10.00 EUR");
            assertThat(difference.getString("resolution")).isEqualTo("REPORTED");
        });

        assertThat(ofPayment(differences, dearer)).singleElement().satisfies(difference -> {
            assertThat(difference.getString("kind")).isEqualTo("AMOUNT_MISMATCH");
            assertThat(amount(difference, "ours")).isEqualTo("12.00 EUR");
            assertThat(amount(difference, "provider")).isEqualTo("10.00 EUR");
        });

        assertThat(ofRefund(differences, unknownRefund)).singleElement().satisfies(difference -> {
            assertThat(difference.getString("kind")).isEqualTo("REFUND_MISSING_AT_PROVIDER");
            assertThat(amount(difference, "ours")).isEqualTo("4.00 EUR");
        });
        assertThat(ofReference(differences, unknownRefundAtProvider))
                .singleElement()
                .satisfies(difference -> {
                    assertThat(difference.getString("kind")).isEqualTo("REFUND_MISSING_HERE");
                    assertThat(difference.getString("bookingId")).isEqualTo(unknownRefundBooking.getString("id"));
                    assertThat(amount(difference, "provider")).isEqualTo("4.00 EUR");
                });

        assertThat(ofRefund(differences, smallerRefund)).singleElement().satisfies(difference -> {
            assertThat(difference.getString("kind")).isEqualTo("AMOUNT_MISMATCH");
            assertThat(amount(difference, "ours")).isEqualTo("2.00 EUR");
            assertThat(amount(difference, "provider")).isEqualTo("3.00 EUR");
        });

        assertThat(ofPayment(staleDifferences, stale)).singleElement().satisfies(difference -> {
            assertThat(difference.getString("kind")).isEqualTo("STALE_PENDING");
            assertThat(difference.getString("resolution")).isEqualTo("PAYMENT_ABANDONED");
        });
        assertThat(TestData.text("select status from payment where id = ?", stale))
                .isEqualTo("ABANDONED");

        assertThat(ofPayment(differences, lostAnswer)).singleElement().satisfies(difference -> {
            assertThat(difference.getString("kind")).isEqualTo("CHARGE_MISSING_HERE");
            assertThat(difference.getString("resolution")).isEqualTo("BOOKING_CONFIRMED");
        });
        assertThat(TestData.text("select status from booking where id = ?", heldBooking))
                .isEqualTo("CONFIRMED");
        assertThat(TestData.text("select status from payment where id = ?", lostAnswer))
                .isEqualTo("SUCCEEDED");
        assertThat(TestData.count("select count(*) from ticket where booking_id = ?", heldBooking))
                .as("the confirmed booking has its ticket")
                .isEqualTo(1);

        assertThat(ofPayment(differences, lateAnswer)).singleElement().satisfies(difference -> {
            assertThat(difference.getString("kind")).isEqualTo("CHARGE_MISSING_HERE");
            assertThat(difference.getString("resolution")).isEqualTo("MONEY_REFUNDED");
        });
        assertThat(TestData.text("select status from payment where id = ?", lateAnswer))
                .isEqualTo("REFUNDED");
        assertThat(TestData.text("select status from booking where id = ?", endedBooking))
                .isEqualTo("CANCELLED");
        assertThat(TestData.count(
                        "select count(*) from refund where payment_id = ? and reason = 'LATE_PAYMENT'", lateAnswer))
                .isEqualTo(1);

        // settled once: the next run finds them paid as the provider has them
        List<JsonObject> again = reconcile(admin, today);
        assertThat(ofPayment(again, lostAnswer)).isEmpty();
        assertThat(ofPayment(again, lateAnswer)).isEmpty();
        assertThat(ofPayment(again, lost)).as("what is only reported stays").hasSize(2);
    }

    /**
     * The provider took the money for an attempt whose answer, with the charge's id, never came
     * back, and whose webhook never arrived either; meanwhile the hold expired. The charge carries
     * our reference, so the run finds the payment by it and settles it as the late payment it is:
     * the money goes back and the customer is told, as the webhook would have done.
     */
    @Test
    void aChargeWhoseIdAndWebhookNeverArrivedIsMatchedByOurReferenceAndRefundedAsALatePayment()
            throws InterruptedException {
        String admin = admin();
        String customer = Holds.customer();
        GaEvent event = TestData.publishedEvent(TestData.unique("Unanswered"), "Bremen", IN_A_MONTH, "17.00", 5);
        long booking = held(customer, itemsBody(event, 1));
        long payment = pendingPayment(customer, booking);
        TestData.execute(
                "update booking set created_at = ?, expires_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(2),
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1),
                booking);
        assertThat(await(() -> "EXPIRED".equals(TestData.text("select status from booking where id = ?", booking))))
                .as("the hold expired")
                .isTrue();
        String charge = chargedWithOurReference(payment, "17.00");
        assertThat(TestData.text("select provider_reference from payment where id = ?", payment))
                .as("the platform never learnt the charge's id")
                .isNull();

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<JsonObject> differences = reconcile(admin, today);

        assertThat(ofPayment(differences, payment)).singleElement().satisfies(difference -> {
            assertThat(difference.getString("kind")).isEqualTo("CHARGE_MISSING_HERE");
            assertThat(field(difference, "providerReference")).isEqualTo(charge);
            assertThat(field(difference, "bookingId")).isEqualTo(String.valueOf(booking));
            assertThat(amount(difference, "ours")).isEqualTo("17.00 EUR");
            assertThat(amount(difference, "provider")).isEqualTo("17.00 EUR");
            assertThat(difference.getString("detail")).contains("payment-" + payment);
            assertThat(difference.getString("resolution")).isEqualTo("MONEY_REFUNDED");
        });
        assertThat(TestData.text("select provider_reference from payment where id = ?", payment))
                .as("the payment now has the charge's id")
                .isEqualTo(charge);
        assertThat(TestData.text("select status from payment where id = ?", payment))
                .isEqualTo("REFUNDED");
        assertThat(TestData.count(
                        "select count(*) from refund where payment_id = ? and reason = 'LATE_PAYMENT'"
                                + " and status = 'SUCCEEDED' and amount = 17.00",
                        payment))
                .isEqualTo(1);
        assertThat(TestData.text("select status from test_provider_charge where id = ?", charge))
                .as("the provider gave the money back")
                .isEqualTo("refunded");
        assertThat(TestData.text("select status from booking where id = ?", booking))
                .isEqualTo("EXPIRED");
        assertThat(TestData.count("select count(*) from ticket where booking_id = ?", booking))
                .isZero();
        assertThat(await(() -> TestData.count(
                                "select count(*) from notification where booking_id = ? and subject like ?",
                                booking,
                                "%came too late%")
                        == 1))
                .as("the customer is told, as for any late payment")
                .isTrue();

        List<JsonObject> again = reconcile(admin, today);
        assertThat(ofPayment(again, payment))
                .as("settled once: the next run matches the charge by its id")
                .isEmpty();
    }

    /**
     * Two charges at the provider carry the reference of one attempt: the first confirms its held
     * booking, the second, finding the payment paid by the first, is not taken as settled but
     * reported, as money taken twice.
     */
    @Test
    void aSecondChargeOfTheSameReferenceIsReportedNotSettled() throws InterruptedException {
        String admin = admin();
        String customer = Holds.customer();
        GaEvent event = TestData.publishedEvent(TestData.unique("Charged twice"), "Bremen", IN_A_MONTH, "19.00", 5);
        long booking = held(customer, itemsBody(event, 1));
        long payment = pendingPayment(customer, booking);
        String first = chargedWithOurReference(payment, "19.00");
        String second = chargedWithOurReference(payment, "19.00");

        List<JsonObject> differences =
                reconcile(admin, LocalDate.now(ZoneOffset.UTC).toString());

        String paidBy = TestData.text("select provider_reference from payment where id = ?", payment);
        assertThat(paidBy).isIn(first, second);
        String other = paidBy.equals(first) ? second : first;
        assertThat(ofPayment(differences, payment))
                .extracting(
                        difference -> field(difference, "providerReference"),
                        difference -> difference.getString("resolution"))
                .containsExactlyInAnyOrder(Tuple.tuple(paidBy, "BOOKING_CONFIRMED"), Tuple.tuple(other, "REPORTED"));
        assertThat(ofReference(differences, other)).singleElement().satisfies(difference -> assertThat(
                        difference.getString("detail"))
                .contains(paidBy));
        assertThat(TestData.text("select status from booking where id = ?", booking))
                .isEqualTo("CONFIRMED");
        assertThat(TestData.text("select status from payment where id = ?", payment))
                .isEqualTo("SUCCEEDED");
        assertThat(TestData.count("select count(*) from refund where payment_id = ?", payment))
                .as("nothing goes back by itself: someone has to look into the second charge")
                .isZero();
    }

    /** Runs the reconciliation of a day to its end; all its differences. */
    private static List<JsonObject> reconcile(String admin, String day) throws InterruptedException {
        HttpResponse<String> started = Api.post(PATH, "{\"day\":\"" + day + "\"}", admin);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = Http.json(started).getString("id");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject run = Http.json(started);
        while (run.getString("status").equals("RUNNING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            run = Http.json(get(PATH + "/" + id + "?size=1", admin)).getJsonObject("run");
        }
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        List<JsonObject> differences = new ArrayList<>();
        for (int page = 1; ; page++) {
            HttpResponse<String> answer = get(PATH + "/" + id + "?size=100&page=" + page, admin);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            List<JsonObject> items = Http.json(answer)
                    .getJsonObject("differences")
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            differences.addAll(items);
            if (items.size() < 100) {
                break;
            }
        }
        assertThat(differences).as("the run's count").hasSize(run.getInt("differences"));
        return differences;
    }

    private static List<JsonObject> ofPayment(List<JsonObject> differences, long paymentId) {
        return differences.stream()
                .filter(difference -> String.valueOf(paymentId).equals(field(difference, "paymentId"))
                        && field(difference, "refundId") == null)
                .filter(difference -> !difference.getString("kind").startsWith("REFUND"))
                .toList();
    }

    private static List<JsonObject> ofKind(List<JsonObject> differences, String kind) {
        return differences.stream()
                .filter(difference -> kind.equals(difference.getString("kind")))
                .toList();
    }

    private static List<JsonObject> ofRefund(List<JsonObject> differences, long refundId) {
        return differences.stream()
                .filter(difference -> String.valueOf(refundId).equals(field(difference, "refundId")))
                .toList();
    }

    private static List<JsonObject> ofReference(List<JsonObject> differences, String reference) {
        return differences.stream()
                .filter(difference -> reference.equals(field(difference, "providerReference")))
                .toList();
    }

    /** A text field of the JSON, null when it is left out (null) or null. */
    private static String field(JsonObject json, String name) {
        return json.containsKey(name) && !json.isNull(name) ? json.getString(name) : null;
    }

    private static String amount(JsonObject difference, String side) {
        JsonObject money = difference.getJsonObject(side);
        return money.getString("amount") + " " + money.getString("currency");
    }

    private static long paymentOf(JsonObject booking) {
        return TestData.count(
                "select id from payment where booking_id = ? and status = 'SUCCEEDED'",
                Long.parseLong(booking.getString("id")));
    }

    private static long held(String customer, String body) {
        HttpResponse<String> held = Holds.hold(customer, body);
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        return Long.parseLong(Http.json(held).getString("id"));
    }

    /** Pays the booking with a card the provider fails on: the attempt stays pending, nothing charged. */
    private static long pendingPayment(String customer, long booking) {
        HttpResponse<String> paid = Api.post("/api/v1/bookings/" + booking + "/payment", PROVIDER_FAILS, customer);
        Api.assertProblem(paid, 503, "payment.provider-unavailable");
        return TestData.count("select max(id) from payment where booking_id = ? and status = 'PENDING'", booking);
    }

    /**
     * The provider charges for the attempt as if the platform's request had got through and its
     * answer was lost: a charge at the provider itself, whose id the attempt then carries. The
     * provider's webhook about the charge is taken first (it names no payment of ours yet), so
     * that only the reconciliation can settle it.
     */
    private static void chargedAtTheProvider(long payment, String amount) throws InterruptedException {
        long webhooksBefore = unknownChargeWebhooks();
        HttpResponse<String> charged = Http.postJson(
                Api.uri("/api/test-provider/v1/charges"),
                "{\"method\":\"CARD\",\"amount\":\"" + amount
                        + "\",\"currency\":\"EUR\",\"description\":\"lost answer\","
                        + "\"card\":{\"number\":\"4242424242424242\",\"expiry\":\"12/34\",\"cvc\":\"123\"}}",
                "Idempotency-Key",
                "lost-" + UUID.randomUUID());
        assertThat(charged.statusCode()).as(charged.body()).isEqualTo(200);
        assertThat(Http.json(charged).getString("status")).isEqualTo("succeeded");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (unknownChargeWebhooks() == webhooksBefore && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        TestData.execute(
                "update payment set provider_reference = ? where id = ?",
                Http.json(charged).getString("id"),
                payment);
    }

    /**
     * The provider charges for the attempt with our reference, as when the platform's request got
     * through and neither its answer nor the webhook came back. The test provider sends every
     * charge's webhook, so the charge is made without a reference, its webhook taken while it
     * names no payment of ours, and only then is our reference written into the provider's book.
     *
     * @return the provider's id of the charge
     */
    private static String chargedWithOurReference(long payment, String amount) throws InterruptedException {
        long webhooksBefore = unknownChargeWebhooks();
        HttpResponse<String> charged = Http.postJson(
                Api.uri("/api/test-provider/v1/charges"),
                "{\"method\":\"CARD\",\"amount\":\"" + amount
                        + "\",\"currency\":\"EUR\",\"description\":\"unanswered\","
                        + "\"card\":{\"number\":\"4242424242424242\",\"expiry\":\"12/34\",\"cvc\":\"123\"}}",
                "Idempotency-Key",
                "unanswered-" + UUID.randomUUID());
        assertThat(charged.statusCode()).as(charged.body()).isEqualTo(200);
        assertThat(Http.json(charged).getString("status")).isEqualTo("succeeded");
        String charge = Http.json(charged).getString("id");
        assertThat(await(() -> unknownChargeWebhooks() > webhooksBefore))
                .as("the charge's webhook went out and named no payment")
                .isTrue();
        TestData.execute("update test_provider_charge set reference = ? where id = ?", "payment-" + payment, charge);
        return charge;
    }

    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    private static long unknownChargeWebhooks() {
        return TestData.count(
                "select count(*) from payment_event where type = 'CHARGE_SUCCEEDED' and payment_id is null");
    }

    private static long refund(String admin, String booking, String amount) {
        HttpResponse<String> refunded = Http.postJson(
                Api.uri("/api/v1/admin/bookings/" + booking + "/refunds"),
                "{\"amount\":\"" + amount + "\"}",
                "Authorization",
                "Bearer " + admin,
                "Idempotency-Key",
                "refund-" + UUID.randomUUID());
        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(200);
        return Long.parseLong(Http.json(refunded).getJsonObject("refund").getString("id"));
    }

    private static String admin() {
        String email = TestData.unique("admin") + "@example.org";
        long account = TestData.account(email, "ADMIN");
        return Tokens.valid(account, email, "ADMIN");
    }

    private static HttpResponse<String> get(String path, String token) {
        return Http.get(Api.uri(path), "Authorization", "Bearer " + token);
    }
}
