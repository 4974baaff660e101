package org.boxoffice.api.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.boxoffice.it.Entry;
import org.boxoffice.it.Entry.Door;
import org.boxoffice.it.Entry.Issued;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;

/**
 * Two gates scan the same ticket at the same moment: it lets in once. Each round takes a fresh
 * ticket and starts both requests together at a barrier.
 */
class CheckinRaceIT {

    private static final int ROUNDS = 200;

    @Test
    void twoGatesScanningOneTicketAtOnceAdmitItOnce() throws Exception {
        Door door = Entry.door("Rush", ROUNDS);
        List<Issued> tickets = Entry.tickets(door.event(), ROUNDS);
        String north = Entry.scannerToken(door, "North phone", "North").getString("token");
        String south = Entry.scannerToken(door, "South phone", "South").getString("token");
        ExecutorService gates = Executors.newFixedThreadPool(2);
        List<String> mistakes = new ArrayList<>();
        try {
            for (Issued ticket : tickets) {
                CyclicBarrier together = new CyclicBarrier(2);
                Future<HttpResponse<String>> first = gates.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return Entry.checkIn(north, ticket.code(), null);
                });
                Future<HttpResponse<String>> second = gates.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return Entry.checkIn(south, ticket.code(), null);
                });
                List<HttpResponse<String>> answers = List.of(first.get(), second.get());
                long admitted =
                        answers.stream().filter(a -> a.statusCode() == 200).count();
                long used = answers.stream()
                        .filter(a -> a.statusCode() == 409
                                && Http.json(a).getString("code").equals("checkin.already-used"))
                        .count();
                if (admitted != 1 || used != 1) {
                    mistakes.add("ticket " + ticket.id() + ": " + answers.get(0).statusCode() + " "
                            + answers.get(0).body() + " / " + answers.get(1).statusCode() + " "
                            + answers.get(1).body());
                }
            }
        } finally {
            gates.shutdownNow();
        }

        assertThat(mistakes).as("rounds without exactly one admission").isEmpty();
        assertThat(TestData.count(
                        "select count(*) from ticket where event_id = ? and admitted_at is not null",
                        door.event().eventId()))
                .isEqualTo(ROUNDS);
    }
}
