package org.boxoffice.bench.tickets;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * The gates of one event: each client is a gate's scanner sending {@code POST /api/v1/checkins}
 * {@code {code, gate}} with the organizer's token as soon as the last answer is in. Gates draw the
 * event's tickets from one shuffled deck, so each ticket is scanned once by one gate, and expect
 * 200 (admitted). A share of the scans ({@code repeatShare}) is instead a ticket that was admitted
 * already, at any gate (a screenshot passed on, a second try): those must answer 409 {@value
 * #ALREADY_USED}. Every 200 is counted, repeats included, for the check in SQL afterwards.
 */
final class Gates {

    static final String ADMITTED = "admitted";
    static final String REPEAT_REFUSED = "repeat refused";
    static final String ALREADY_USED = "checkin.already-used";

    private final URI checkins;
    private final String token;
    private final String[] deck;
    private final double repeatShare;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReferenceArray<String> admitted;
    private final AtomicInteger admittedCount = new AtomicInteger();
    private final AtomicLong oks = new AtomicLong();

    /** {@code codes}: the tickets to scan, in the order they are scanned. */
    Gates(URI base, String token, List<String> codes, double repeatShare) {
        this.checkins = base.resolve("api/v1/checkins");
        this.token = token;
        this.deck = codes.toArray(String[]::new);
        this.repeatShare = repeatShare;
        this.admitted = new AtomicReferenceArray<>(deck.length);
    }

    /** {@code gates} scanners for {@code duration}, or until the deck is used up. */
    Loop.Step scan(int gates, Duration duration, long seed) throws Exception {
        return Loop.run(gates, duration, seed, gate -> (http, tally, random) -> {
            String code = null;
            boolean repeat = false;
            int done = admittedCount.get();
            if (done > 0 && random.nextDouble() < repeatShare) {
                code = admitted.get(random.nextInt(Math.min(done, admitted.length())));
                repeat = code != null;
            }
            if (code == null) {
                int index = next.getAndIncrement();
                if (index >= deck.length) {
                    return false;
                }
                code = deck[index];
            }
            HttpPost request = new HttpPost(checkins);
            request.setHeader("Authorization", "Bearer " + token);
            request.setHeader("Accept", "application/json");
            request.setEntity(new StringEntity(
                    "{\"code\":\"" + code + "\",\"gate\":\"Gate " + (gate + 1) + "\"}", ContentType.APPLICATION_JSON));
            long begun = System.nanoTime();
            String[] answer = http.execute(request, response ->
                    new String[] {String.valueOf(response.getCode()), EntityUtils.toString(response.getEntity())});
            int status = Integer.parseInt(answer[0]);
            if (status == 200) {
                oks.incrementAndGet();
            }
            if (!repeat && status == 200) {
                tally.time(ADMITTED, begun);
                admitted.set(admittedCount.getAndIncrement(), code);
            } else if (repeat && status == 409 && answer[1].contains(ALREADY_USED)) {
                tally.time(REPEAT_REFUSED, begun);
            } else {
                tally.unexpected(repeat ? "repeated scan:" : "first scan:", status, answer[1]);
            }
            return true;
        });
    }

    /** Every 200 the gates got, first scans and repeats alike. */
    long oks() {
        return oks.get();
    }

    /** Tickets taken from the deck so far (scanned, or being scanned). */
    int drawn() {
        return Math.min(next.get(), deck.length);
    }

    int tickets() {
        return deck.length;
    }
}
