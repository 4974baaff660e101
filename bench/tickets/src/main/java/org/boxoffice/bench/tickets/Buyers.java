package org.boxoffice.bench.tickets;

import java.net.URI;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.boxoffice.bench.common.Accounts;

/**
 * Customers buying as the portal's customers do: each client holds places of the event ({@code
 * POST /api/v1/bookings}, a random customer's token, a new {@code Idempotency-Key}), then pays the
 * hold by card through the platform's test provider ({@code POST /api/v1/bookings/{id}/payment}, a
 * card that succeeds), which confirms the booking, issues its tickets and queues its confirmation
 * mail. A purchase is both answers; "hold" and "pay" are timed apart. Bookings run until {@code
 * bookings} are confirmed or the time is up, whichever comes first.
 */
final class Buyers {

    /** Refusals tolerated before a run that has to make its bookings gives up. */
    private static final int TOLERATED_REFUSALS = 50;

    private static final String CARD = "{\"method\":\"CARD\",\"card\":{\"number\":\"4242 4242 4242 4242\","
            + "\"expiry\":\"12/" + (Year.now().getValue() + 5) % 100 + "\",\"cvc\":\"123\"}}";

    /** What a run bought: the confirmed bookings, and when the first was confirmed. */
    record Bought(Loop.Step step, List<Long> bookings, long firstConfirmedNanos) {

        double bookingsPerSecond() {
            return bookings.size() / step.seconds();
        }
    }

    private final URI base;
    private final URI bookings;
    private final List<Accounts.Account> customers;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong confirmations = new AtomicLong();

    Buyers(URI base, List<Accounts.Account> customers) {
        this.base = base;
        this.bookings = base.resolve("api/v1/bookings");
        this.customers = customers;
    }

    /**
     * Buys on {@code clients} clients until {@code count} bookings of the event are confirmed (or,
     * for a timed step, {@code Integer.MAX_VALUE}) or {@code duration} is up. A run that must make
     * its bookings stops early once refusals pass {@value #TOLERATED_REFUSALS}.
     */
    Bought buy(Fixtures.Event event, int count, int clients, Duration duration, long seed) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        AtomicLong first = new AtomicLong();
        ConcurrentLinkedQueue<Long> confirmed = new ConcurrentLinkedQueue<>();
        AtomicInteger refusals = new AtomicInteger();
        boolean timed = count == Integer.MAX_VALUE;
        String hold = event.holdBody();
        Loop.Step step = Loop.run(clients, duration, seed, client -> (http, tally, random) -> {
            if (left.getAndDecrement() <= 0 || (!timed && refusals.get() > TOLERATED_REFUSALS)) {
                return false;
            }
            Accounts.Account customer = customers.get(random.nextInt(customers.size()));
            HttpPost request = post(bookings, customer.token(), hold);
            request.setHeader("Idempotency-Key", "bench-" + runId + "-" + sent.incrementAndGet());
            long begun = System.nanoTime();
            String[] held = http.execute(request, response -> {
                String body = EntityUtils.toString(response.getEntity());
                return new String[] {
                    String.valueOf(response.getCode()),
                    response.getFirstHeader("Location") == null
                            ? ""
                            : response.getFirstHeader("Location").getValue(),
                    body
                };
            });
            if (!held[0].equals("201") || held[1].isEmpty()) {
                tally.unexpected("hold", Integer.parseInt(held[0]), held[2]);
                refusals.incrementAndGet();
                left.incrementAndGet();
                return true;
            }
            tally.time("hold", begun);
            long booking = Long.parseLong(held[1].substring(held[1].lastIndexOf('/') + 1));
            begun = System.nanoTime();
            String[] paid = http.execute(
                    post(base.resolve("api/v1/bookings/" + booking + "/payment"), customer.token(), CARD),
                    response ->
                            new String[] {String.valueOf(response.getCode()), EntityUtils.toString(response.getEntity())
                            });
            if (!paid[0].equals("200") || !paid[1].contains("\"CONFIRMED\"")) {
                tally.unexpected("pay", Integer.parseInt(paid[0]), paid[1]);
                refusals.incrementAndGet();
                left.incrementAndGet();
                return true;
            }
            long now = System.nanoTime();
            tally.time("pay", begun);
            first.compareAndSet(0, now);
            confirmed.add(booking);
            confirmations.incrementAndGet();
            return true;
        });
        return new Bought(step, List.copyOf(confirmed), first.get());
    }

    /** Bookings confirmed by all runs so far, for progress lines while a long run goes on. */
    long confirmations() {
        return confirmations.get();
    }

    private static HttpPost post(URI uri, String token, String json) {
        HttpPost request = new HttpPost(uri);
        request.setHeader("Authorization", "Bearer " + token);
        request.setHeader("Accept", "application/json");
        request.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        return request;
    }
}
