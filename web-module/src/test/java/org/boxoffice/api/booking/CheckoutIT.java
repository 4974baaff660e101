package org.boxoffice.api.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Holds.customer;
import static org.boxoffice.it.Holds.hold;
import static org.boxoffice.it.Holds.itemsBody;
import static org.boxoffice.it.Holds.seatsBody;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.boxoffice.it.Api;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.TestData.SeatedEvent;
import org.boxoffice.ticket.control.TicketCodes;
import org.boxoffice.ticket.control.TicketKeys;
import org.boxoffice.ticket.control.TicketPayload;
import org.junit.jupiter.api.Test;

/**
 * Paying, confirming and cancelling bookings over HTTP, through the built-in test provider served
 * by the platform (its gateway speaks to it over HTTP, as to a real provider).
 */
class CheckoutIT {

    static final String APPROVED = "{\"method\":\"CARD\",\"card\":{\"number\":\"4242 4242 4242 4242\","
            + "\"expiry\":\"12/34\",\"cvc\":\"123\"}}";
    static final String DECLINED = "{\"method\":\"CARD\",\"card\":{\"number\":\"4000000000000002\","
            + "\"expiry\":\"12/34\",\"cvc\":\"123\"}}";
    static final String CHALLENGED = "{\"method\":\"CARD\",\"card\":{\"number\":\"4000 0027 6000 3184\","
            + "\"expiry\":\"12/34\",\"cvc\":\"123\"}}";
    static final String PROVIDER_FAILS = "{\"method\":\"CARD\",\"card\":{\"number\":\"4000000000000119\","
            + "\"expiry\":\"12/34\",\"cvc\":\"123\"}}";

    private static final OffsetDateTime IN_A_MONTH =
            OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);

    @Test
    void aCardPaymentConfirmsTheBookingWithOneTicketPerSeatEachWithItsOwnCode() {
        SeatedEvent seated = TestData.seatedEvent(TestData.unique("Requiem"), 1, 4, "PUBLISHED");
        String customer = customer();
        String booking = id(hold(
                customer,
                seatsBody(
                        seated.eventId(),
                        seated.seatIds().get(0),
                        seated.seatIds().get(1))));

        HttpResponse<String> paid = pay(customer, booking, APPROVED);

        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        JsonObject payment = Http.json(paid).getJsonObject("payment");
        assertThat(payment.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(payment.getString("method")).isEqualTo("CARD");
        assertThat(payment.getString("cardBrand")).isEqualTo("Visa");
        assertThat(payment.getString("cardLast4")).isEqualTo("4242");
        assertThat(payment.getJsonObject("amount").getString("amount")).isEqualTo("84.00");
        JsonObject confirmed = Http.json(paid).getJsonObject("booking");
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
        JsonArray tickets = confirmed.getJsonArray("tickets");
        assertThat(tickets).hasSize(2);
        Set<String> codes = new HashSet<>();
        // what a scanner holding the platform's keys (failsafe's environment) reads from each code
        TicketCodes scanner = new TicketCodes(TicketKeys.from(name -> Optional.ofNullable(
                System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')))));
        for (int i = 0; i < tickets.size(); i++) {
            JsonObject ticket = tickets.getJsonObject(i);
            codes.add(ticket.getString("code"));
            assertThat(ticket.getString("status")).isEqualTo("VALID");
            assertThat(scanner.verify(ticket.getString("code")))
                    .isEqualTo(new TicketPayload(1, Long.parseLong(ticket.getString("id")), seated.eventId()));
        }
        assertThat(codes).hasSize(2).allMatch(code -> code.matches("[0-9A-HJKMNP-TV-Z]{109,141}"));
        assertThat(TestData.count(
                        "select count(*) from event_seat where booking_id = ? and status = 'SOLD'",
                        Long.parseLong(booking)))
                .isEqualTo(2);
        assertThat(TestData.count(
                        "select count(*) from payment where card_last4 = '4242' and booking_id = ?",
                        Long.parseLong(booking)))
                .isEqualTo(1);

        JsonObject read = Http.json(Http.getWithToken(Api.uri("/api/v1/bookings/" + booking), customer));
        assertThat(read.getJsonArray("tickets")).hasSize(2);
        JsonObject mine = Http.json(Http.getWithToken(Api.uri("/api/v1/bookings"), customer));
        assertThat(mine.getInt("total")).isEqualTo(1);
        assertThat(mine.getJsonArray("items").getJsonObject(0).getString("status"))
                .isEqualTo("CONFIRMED");
        JsonObject history = Http.json(Http.getWithToken(Api.uri("/api/v1/payments"), customer));
        assertThat(history.getJsonArray("items").getJsonObject(0).getString("bookingId"))
                .isEqualTo(booking);
        assertThat(Http.json(Http.getWithToken(Api.uri("/api/v1/payments"), customer()))
                        .getInt("total"))
                .isZero();

        Api.assertProblem(pay(customer, booking, APPROVED), 409, "booking.invalid-state");
        Api.assertProblem(pay(customer(), booking, APPROVED), 404, "booking.unknown");
        assertThat(providerCharges(booking)).as("paying twice charged once").hasSize(1);
    }

    @Test
    void aDeclinedCardLeavesTheHoldToPayAgain() {
        GaEvent event =
                TestData.publishedEvent(TestData.unique("Matinee"), TestData.unique("Town"), IN_A_MONTH, "20.00", 10);
        String customer = customer();
        String booking = id(hold(customer, itemsBody(event, 2)));

        JsonObject declined = Http.json(pay(customer, booking, DECLINED));

        assertThat(declined.getJsonObject("payment").getString("status")).isEqualTo("DECLINED");
        assertThat(declined.getJsonObject("payment").getString("declineCode")).isEqualTo("card_declined");
        assertThat(declined.getJsonObject("booking").getString("status")).isEqualTo("HELD");
        JsonObject paid = Http.json(pay(customer, booking, APPROVED));
        assertThat(paid.getJsonObject("booking").getString("status")).isEqualTo("CONFIRMED");
        assertThat(paid.getJsonObject("booking").getJsonArray("tickets")).hasSize(2);
        assertThat(Http.json(Http.getWithToken(Api.uri("/api/v1/payments"), customer))
                        .getInt("total"))
                .isEqualTo(2);
    }

    @Test
    void aChallengedCardIsPaidOnceTheCustomerAnswersTheChallenge() {
        GaEvent event =
                TestData.publishedEvent(TestData.unique("Secure"), TestData.unique("Town"), IN_A_MONTH, "20.00", 10);
        String customer = customer();
        String booking = id(hold(customer, itemsBody(event, 1)));

        JsonObject first = Http.json(pay(customer, booking, CHALLENGED));
        assertThat(first.getJsonObject("payment").getString("status")).isEqualTo("REQUIRES_ACTION");
        assertThat(first.getJsonObject("payment").getString("challenge")).isEqualTo("3DS");
        JsonObject failed = Http.json(answer(customer, booking, "000000"));
        assertThat(failed.getJsonObject("payment").getString("status")).isEqualTo("DECLINED");
        assertThat(failed.getJsonObject("payment").getString("declineCode")).isEqualTo("authentication_failed");
        Api.assertProblem(answer(customer, booking, "123456"), 409, "payment.none-waiting");

        Http.json(pay(customer, booking, CHALLENGED));
        JsonObject passed = Http.json(answer(customer, booking, "123456"));

        assertThat(passed.getJsonObject("payment").getString("status")).isEqualTo("SUCCEEDED");
        assertThat(passed.getJsonObject("booking").getString("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void aHoldThatEndsWhileItsPaymentWaitsForTheChallengeExpiresAndGivesThePaymentUp() {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Walked away"), TestData.unique("Town"), IN_A_MONTH, "20.00", 1);
        String customer = customer();
        String booking = id(hold(customer, itemsBody(event, 1)));
        JsonObject waiting = Http.json(pay(customer, booking, CHALLENGED));
        assertThat(waiting.getJsonObject("payment").getString("status")).isEqualTo("REQUIRES_ACTION");
        long bookingId = Long.parseLong(booking);
        TestData.execute(
                "update booking set created_at = ?, expires_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(2),
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1),
                bookingId);

        // the expiry gives the waiting payment up and, after its commit, asks the provider to cancel
        // the charge on a thread of its own: nothing of that may hold the expiry up
        assertThat(await(() -> "EXPIRED".equals(TestData.text("select status from booking where id = ?", bookingId))))
                .as("the hold expired")
                .isTrue();
        assertThat(TestData.text("select status from payment where booking_id = ?", bookingId))
                .isEqualTo("ABANDONED");
        Api.assertProblem(answer(customer, booking, "123456"), 409, "booking.hold-expired");
        assertThat(id(hold(customer(), itemsBody(event, 1))))
                .as("the place is on sale again")
                .isNotBlank();
    }

    @Test
    void payPalIsApprovedByThePayerAndAWalletPaysAtOnce() {
        GaEvent event =
                TestData.publishedEvent(TestData.unique("Wallets"), TestData.unique("Town"), IN_A_MONTH, "9.00", 10);
        String customer = customer();
        String byPayPal = id(hold(customer, itemsBody(event, 1)));
        JsonObject waiting =
                Http.json(pay(customer, byPayPal, "{\"method\":\"PAYPAL\",\"payerEmail\":\"ada@example.org\"}"));
        assertThat(waiting.getJsonObject("payment").getString("challenge")).isEqualTo("PAYPAL_APPROVAL");
        assertThat(Http.json(answer(customer, byPayPal, "approve"))
                        .getJsonObject("booking")
                        .getString("status"))
                .isEqualTo("CONFIRMED");

        String byWallet = id(hold(customer, itemsBody(event, 1)));
        assertThat(Http.json(pay(customer, byWallet, "{\"method\":\"WALLET\",\"walletToken\":\"tok_decline\"}"))
                        .getJsonObject("payment")
                        .getString("status"))
                .isEqualTo("DECLINED");
        JsonObject wallet =
                Http.json(pay(customer, byWallet, "{\"method\":\"WALLET\",\"walletToken\":\"tok_approve\"}"));
        assertThat(wallet.getJsonObject("payment").getString("status")).isEqualTo("SUCCEEDED");
        assertThat(wallet.getJsonObject("booking").getString("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void badPaymentDetailsAreRefusedBeforeTheProviderIsAsked() {
        GaEvent event =
                TestData.publishedEvent(TestData.unique("Typo"), TestData.unique("Town"), IN_A_MONTH, "9.00", 10);
        String customer = customer();
        String booking = id(hold(customer, itemsBody(event, 1)));

        Api.assertProblem(
                pay(
                        customer,
                        booking,
                        "{\"method\":\"CARD\",\"card\":{\"number\":\"4242424242424241\",\"expiry\":\"12/34\",\"cvc\":\"123\"}}"),
                422,
                "payment.invalid.card-number");
        Api.assertProblem(
                pay(
                        customer,
                        booking,
                        "{\"method\":\"CARD\",\"card\":{\"number\":\"4242424242424242\",\"expiry\":\"01/20\",\"cvc\":\"123\"}}"),
                422,
                "payment.invalid.card-expired");
        Api.assertProblem(pay(customer, booking, "{\"method\":\"CHEQUE\"}"), 422, "payment.invalid.method");
        Api.assertProblem(pay(customer, booking, "{}"), 422, "payment.invalid.method");
        // the test provider needs the card sent: a card without data stays refused, and so does a
        // payment left to the browser, which only a provider with its own form there (Stripe) takes
        Api.assertProblem(pay(customer, booking, "{\"method\":\"CARD\"}"), 422, "payment.invalid.card-number");
        Api.assertProblem(
                pay(customer, booking, "{\"method\":\"CARD\",\"confirm\":\"browser\"}"),
                422,
                "payment.invalid.browser-confirmation");
        Api.assertProblem(
                pay(customer, booking, "{\"method\":\"CARD\",\"confirm\":\"later\"}"), 422, "payment.invalid.confirm");
        Api.assertProblem(pay(customer, booking, "{\"method\":"), 400, "malformed-body");
        Api.assertProblem(pay(customer, booking, ""), 400, "malformed-body");
        Api.assertProblem(pay(customer, "nope", APPROVED), 404, "booking.unknown");

        assertThat(providerCharges(booking)).isEmpty();
        assertThat(TestData.count("select count(*) from payment where booking_id = ?", Long.parseLong(booking)))
                .isZero();
    }

    @Test
    void aProviderFailureLeavesTheBookingHeldAndTheAttemptPendingAndSaysSo() {
        GaEvent event =
                TestData.publishedEvent(TestData.unique("Outage"), TestData.unique("Town"), IN_A_MONTH, "9.00", 10);
        String customer = customer();
        String booking = id(hold(customer, itemsBody(event, 1)));

        Api.assertProblem(pay(customer, booking, PROVIDER_FAILS), 503, "payment.provider-unavailable");

        assertThat(TestData.text("select status from booking where id = ?", Long.parseLong(booking)))
                .isEqualTo("HELD");
        // written before the provider was asked, it waits for the provider's word (a webhook)
        assertThat(TestData.text("select status from payment where booking_id = ?", Long.parseLong(booking)))
                .isEqualTo("PENDING");
        assertThat(providerCharges(booking)).isEmpty();
    }

    @Test
    void anExpiredHoldIsRefusedAndNotCharged() {
        SeatedEvent seated = TestData.seatedEvent(TestData.unique("Late"), 1, 2, "PUBLISHED");
        String customer = customer();
        String booking =
                id(hold(customer, seatsBody(seated.eventId(), seated.seatIds().get(0))));
        TestData.execute(
                "update booking set expires_at = created_at - interval '1 minute', created_at = created_at - interval '1 hour'"
                        + " where id = ?",
                Long.parseLong(booking));

        Api.assertProblem(pay(customer, booking, APPROVED), 409, "booking.hold-expired");

        assertThat(providerCharges(booking)).isEmpty();
        assertThat(TestData.count(
                        "select count(*) from event_seat where booking_id = ? and status = 'SOLD'",
                        Long.parseLong(booking)))
                .isZero();
    }

    @Test
    void freeTicketsAreConfirmedWithoutPayment() {
        GaEvent event =
                TestData.publishedEvent(TestData.unique("Open day"), TestData.unique("Town"), IN_A_MONTH, "0.00", 10);
        String customer = customer();
        String booking = id(hold(customer, itemsBody(event, 3)));

        HttpResponse<String> confirmed = pay(customer, booking, "{}");

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(Http.json(confirmed).containsKey("payment")).as("no payment").isFalse();
        assertThat(Http.json(confirmed).getJsonObject("booking").getString("status"))
                .isEqualTo("CONFIRMED");
        assertThat(Http.json(confirmed).getJsonObject("booking").getJsonArray("tickets"))
                .hasSize(3);
        assertThat(providerCharges(booking)).isEmpty();
        // a free booking follows the event's cancellation policy too
        Api.assertProblem(cancel(customer, booking), 409, "booking.cancellation-closed");
        TestData.execute("update event set cancellation_hours = 0 where id = ?", event.eventId());
        assertThat(Http.json(cancel(customer, booking)).getString("status")).isEqualTo("CANCELLED");
        assertThat(TestData.text("select taken from allotment where id = ?", event.allotmentId()))
                .isEqualTo("0");
    }

    @Test
    void aHoldIsCancelledAtOnceAndAPaidBookingIsRefundedWithinThePolicy() {
        SeatedEvent seated = TestData.seatedEvent(TestData.unique("Refunds"), 1, 4, "PUBLISHED");
        String customer = customer();
        String held =
                id(hold(customer, seatsBody(seated.eventId(), seated.seatIds().get(0))));
        assertThat(Http.json(cancel(customer, held)).getString("status")).isEqualTo("CANCELLED");
        assertThat(TestData.text(
                        "select status from event_seat where seat_id = ? and event_id = ?",
                        seated.seatIds().get(0),
                        seated.eventId()))
                .isEqualTo("FREE");
        Api.assertProblem(cancel(customer, held), 409, "booking.invalid-state");

        String paid = id(hold(
                customer,
                seatsBody(
                        seated.eventId(),
                        seated.seatIds().get(0),
                        seated.seatIds().get(1))));
        assertThat(pay(customer, paid, APPROVED).statusCode()).isEqualTo(200);
        Api.assertProblem(cancel(customer, paid), 409, "booking.cancellation-closed");
        Api.assertProblem(cancel(customer(), paid), 404, "booking.unknown");
        TestData.execute("update event set cancellation_hours = 48 where id = ?", seated.eventId());

        JsonObject refunded = Http.json(cancel(customer, paid));

        assertThat(refunded.getString("status")).isEqualTo("REFUNDED");
        assertThat(refunded.getJsonArray("tickets").getJsonObject(0).getString("status"))
                .isEqualTo("CANCELLED");
        assertThat(TestData.count(
                        "select count(*) from event_seat where event_id = ? and status = 'FREE'", seated.eventId()))
                .isEqualTo(4);
        assertThat(providerCharges(paid)).singleElement().satisfies(charge -> assertThat(charge.getString("status"))
                .isEqualTo("refunded"));
        assertThat(TestData.text("select status from payment where booking_id = ?", Long.parseLong(paid)))
                .isEqualTo("REFUNDED");
        // the deadline passed: 48 hours before a start that is now 24 hours away
        String late =
                id(hold(customer, seatsBody(seated.eventId(), seated.seatIds().get(2))));
        pay(customer, late, APPROVED);
        TestData.execute(
                "update event set starts_at = ?, ends_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(24),
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(26),
                seated.eventId());
        Api.assertProblem(cancel(customer, late), 409, "booking.cancellation-closed");
    }

    @Test
    void anOrganizerCancellingTheEventCancelsHoldsAndRefundsPaidBookings() throws InterruptedException {
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Called off"), TestData.unique("Town"), IN_A_MONTH, "30.00", 20);
        long organisation = TestData.organisation(TestData.unique("Called off Ltd"));
        TestData.organiseEvent(event.eventId(), organisation);
        String customer = customer();
        String held = id(hold(customer, itemsBody(event, 2)));
        String paid = id(hold(customer, itemsBody(event, 3)));
        pay(customer, paid, APPROVED);

        HttpResponse<String> cancelled =
                Api.post("/api/v1/events/" + event.eventId() + "/cancel", "", Api.organizer(organisation));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (TestData.count(
                                "select count(*) from booking where event_id = ? and status in ('HELD', 'CONFIRMED')",
                                event.eventId())
                        > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(TestData.text("select status from booking where id = ?", Long.parseLong(held)))
                .isEqualTo("CANCELLED");
        assertThat(TestData.text("select status from booking where id = ?", Long.parseLong(paid)))
                .isEqualTo("REFUNDED");
        assertThat(providerCharges(paid)).singleElement().satisfies(charge -> assertThat(charge.getString("status"))
                .isEqualTo("refunded"));
        assertThat(TestData.text("select taken from allotment where id = ?", event.allotmentId()))
                .isEqualTo("0");
        assertThat(TestData.count(
                        "select count(*) from ticket where booking_id = ? and status = 'VALID'", Long.parseLong(paid)))
                .isZero();
    }

    @Test
    void theEventsPerCustomerLimitCountsHeldAndConfirmedBookings() {
        GaEvent event =
                TestData.publishedEvent(TestData.unique("Limited"), TestData.unique("Town"), IN_A_MONTH, "5.00", 50);
        TestData.execute("update event set max_per_customer = 4 where id = ?", event.eventId());
        String customer = customer();
        String first = id(hold(customer, itemsBody(event, 2)));
        pay(customer, first, APPROVED);
        String second = id(hold(customer, itemsBody(event, 2)));

        HttpResponse<String> third = hold(customer, itemsBody(event, 1));

        Api.assertProblem(third, 422, "booking.customer-limit");
        assertThat(hold(customer(), itemsBody(event, 4)).statusCode())
                .as("another customer")
                .isEqualTo(201);
        cancel(customer, second);
        assertThat(hold(customer, itemsBody(event, 2)).statusCode()).isEqualTo(201);
    }

    @Test
    void theBestAvailableSeatsAreTogetherInOneRow() {
        SeatedEvent seated = TestData.seatedEvent(TestData.unique("Best seats"), 3, 10, "PUBLISHED");
        String customer = customer();
        // the front row's middle is taken: four together are found elsewhere
        hold(
                customer(),
                seatsBody(
                        seated.eventId(),
                        seated.seatIds().get(4),
                        seated.seatIds().get(5)));

        HttpResponse<String> best = hold(
                customer,
                "{\"eventId\":\"" + seated.eventId() + "\",\"bestAvailable\":{\"ticketTypeId\":\""
                        + seated.ticketTypeId() + "\",\"quantity\":4}}");

        assertThat(best.statusCode()).as(best.body()).isEqualTo(201);
        JsonArray lines = Http.json(best).getJsonArray("lines");
        assertThat(lines).hasSize(4);
        List<Long> seats = lines.stream()
                .map(line -> Long.parseLong(line.asJsonObject().getString("seatId")))
                .sorted()
                .toList();
        String rows = TestData.text(
                "select string_agg(distinct row_label, ',') from seat where id in (?, ?, ?, ?)",
                seats.get(0),
                seats.get(1),
                seats.get(2),
                seats.get(3));
        assertThat(rows).as("one row").doesNotContain(",");
        assertThat(TestData.text(
                        "select max(number) - min(number) from seat where id in (?, ?, ?, ?)",
                        seats.get(0),
                        seats.get(1),
                        seats.get(2),
                        seats.get(3)))
                .as("side by side")
                .isEqualTo("3");

        Api.assertProblem(
                hold(
                        customer,
                        "{\"eventId\":\"" + seated.eventId() + "\",\"bestAvailable\":{\"ticketTypeId\":\""
                                + seated.ticketTypeId() + "\",\"quantity\":30}}"),
                422,
                "booking.over-limit");
        TestData.execute("update event set max_per_order = 100 where id = ?", seated.eventId());
        Api.assertProblem(
                hold(
                        customer,
                        "{\"eventId\":\"" + seated.eventId() + "\",\"bestAvailable\":{\"ticketTypeId\":\""
                                + seated.ticketTypeId() + "\",\"quantity\":30}}"),
                409,
                "inventory.sold-out");
        GaEvent standing =
                TestData.publishedEvent(TestData.unique("No seats"), TestData.unique("Town"), IN_A_MONTH, "5.00", 50);
        Api.assertProblem(
                hold(
                        customer,
                        "{\"eventId\":\"" + standing.eventId() + "\",\"bestAvailable\":{\"ticketTypeId\":\""
                                + standing.ticketTypeId() + "\",\"quantity\":2}}"),
                422,
                "booking.invalid.best-not-seated");
    }

    @Test
    void theOrganizerSeesSoldHeldAvailableAndRevenuePerTicketType() {
        GaEvent event =
                TestData.publishedEvent(TestData.unique("Takings"), TestData.unique("Town"), IN_A_MONTH, "12.50", 20);
        long organisation = TestData.organisation(TestData.unique("Takings Ltd"));
        TestData.organiseEvent(event.eventId(), organisation);
        String customer = customer();
        pay(customer, id(hold(customer, itemsBody(event, 3))), APPROVED);
        id(hold(customer(), itemsBody(event, 2)));
        String refunded = id(hold(customer, itemsBody(event, 1)));
        pay(customer, refunded, APPROVED);
        TestData.execute("update event set cancellation_hours = 1 where id = ?", event.eventId());
        cancel(customer, refunded);

        HttpResponse<String> sales =
                Http.getWithToken(Api.uri("/api/v1/events/" + event.eventId() + "/sales"), Api.organizer(organisation));

        assertThat(sales.statusCode()).as(sales.body()).isEqualTo(200);
        JsonObject type = Http.json(sales).getJsonArray("ticketTypes").getJsonObject(0);
        assertThat(type.getInt("capacity")).isEqualTo(20);
        assertThat(type.getInt("sold")).isEqualTo(3);
        assertThat(type.getInt("held")).isEqualTo(2);
        assertThat(type.getInt("available")).isEqualTo(15);
        assertThat(type.getJsonObject("revenue").getString("amount"))
                .as("the refund is not revenue")
                .isEqualTo("37.50");
        assertThat(type.getJsonObject("revenue").getString("currency")).isEqualTo("EUR");
        Api.assertProblem(
                Http.getWithToken(
                        Api.uri("/api/v1/events/" + event.eventId() + "/sales"),
                        Api.organizer(TestData.organisation(TestData.unique("Rivals")))),
                404,
                "catalog.unknown-event");
    }

    private static boolean await(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    static String id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        return Http.json(created).getString("id");
    }

    static HttpResponse<String> pay(String token, String bookingId, String body) {
        return Http.postJson(
                Api.uri("/api/v1/bookings/" + bookingId + "/payment"), body, "Authorization", "Bearer " + token);
    }

    static HttpResponse<String> answer(String token, String bookingId, String answer) {
        return Http.postJson(
                Api.uri("/api/v1/bookings/" + bookingId + "/payment/challenge"),
                "{\"answer\":\"" + answer + "\"}",
                "Authorization",
                "Bearer " + token);
    }

    static HttpResponse<String> cancel(String token, String bookingId) {
        return Http.postJson(
                Api.uri("/api/v1/bookings/" + bookingId + "/cancel"), "", "Authorization", "Bearer " + token);
    }

    /** The test provider's charges for the booking, as it keeps them. */
    static List<JsonObject> providerCharges(String bookingId) {
        HttpResponse<String> found = Http.get(Api.uri("/api/test-provider/v1/charges?description="
                + URLEncoder.encode("boxoffice booking " + bookingId, StandardCharsets.UTF_8)));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return Http.json(found).getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
