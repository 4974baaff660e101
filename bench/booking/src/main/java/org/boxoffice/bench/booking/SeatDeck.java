package org.boxoffice.bench.booking;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Random free seats for the HTTP clients of scenario (b): the event's pairs of neighbours in a
 * shuffled order that all clients draw from, as buyers looking at an up-to-date seat map would pick
 * among the free seats. Once every pair has been drawn the deck starts over, and the pairs held by
 * then answer 409: each such conflict is counted and the client draws the next pair.
 */
final class SeatDeck implements Load.Scenario {

    private final Fixtures.SeatedEvent event;
    private final int[] order;
    private final AtomicLong next = new AtomicLong();

    SeatDeck(Fixtures.SeatedEvent event) {
        this.event = event;
        this.order = new int[event.pairs()];
    }

    /** A new order for a step that starts with every seat free. */
    SeatDeck shuffle(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        next.set(0);
        return this;
    }

    /** How many pairs were drawn since the last shuffle. */
    long drawn() {
        return next.get();
    }

    @Override
    public String body(Random random) {
        int pair = order[(int) (next.getAndIncrement() % order.length)];
        long first = event.firstSeat() + 2L * pair;
        return "{\"eventId\":\"" + event.eventId() + "\",\"seats\":[\"" + first + "\",\"" + (first + 1) + "\"]}";
    }
}
