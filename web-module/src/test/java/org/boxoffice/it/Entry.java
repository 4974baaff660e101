package org.boxoffice.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.ticket.control.TicketCodes;
import org.boxoffice.ticket.control.TicketKeys;

/**
 * What the tests of admission at the door share: an organisation's event with tickets bought and
 * paid through the API, scanner tokens made by its organizer, check-ins, and ticket codes signed
 * with the platform's key (failsafe's environment) for tickets that do not exist.
 */
public final class Entry {

    private Entry() {}

    /** A ticket as its confirmed booking lists it. */
    public record Issued(long id, String code, String bookingId, String customerToken) {}

    /** A published general-admission event of a new organisation, with one of its organizers' tokens. */
    public record Door(GaEvent event, long organisation, String organizer) {}

    public static Door door(String title, int capacity) {
        long organisation = TestData.organisation(TestData.unique("Door Org"));
        GaEvent event = TestData.publishedEvent(
                TestData.unique(title),
                TestData.unique("Town"),
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withNano(0),
                "15.00",
                capacity);
        TestData.organiseEvent(event.eventId(), organisation);
        TestData.execute("update event set max_per_order = 100 where id = ?", event.eventId());
        return new Door(event, organisation, Api.organizer(organisation));
    }

    /** {@code count} tickets of the event, bought and paid by one new customer per 100. */
    public static List<Issued> tickets(GaEvent event, int count) {
        List<Issued> tickets = new ArrayList<>();
        while (tickets.size() < count) {
            int quantity = Math.min(100, count - tickets.size());
            String customer = Holds.customer();
            JsonObject booking = Holds.confirmed(customer, Holds.itemsBody(event, quantity));
            JsonArray codes = booking.getJsonArray("tickets");
            for (int i = 0; i < codes.size(); i++) {
                JsonObject ticket = codes.getJsonObject(i);
                tickets.add(new Issued(
                        Long.parseLong(ticket.getString("id")),
                        ticket.getString("code"),
                        booking.getString("id"),
                        customer));
            }
        }
        return tickets;
    }

    /** A scanner token of the event made by its organizer; the whole 201 answer. */
    public static JsonObject scannerToken(Door door, String label, String gate) {
        HttpResponse<String> created =
                createScannerToken(door.organizer(), door.event().eventId(), label, gate);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created);
    }

    public static HttpResponse<String> createScannerToken(String organizer, long eventId, String label, String gate) {
        String body = "{\"label\":\"" + label + "\"" + (gate == null ? "" : ",\"gate\":\"" + gate + "\"") + "}";
        return Api.post("/api/v1/organizer/events/" + eventId + "/scanner-tokens", body, organizer);
    }

    public static HttpResponse<String> checkIn(String token, String code, String gate) {
        String body = "{\"code\":\"" + code + "\"" + (gate == null ? "" : ",\"gate\":\"" + gate + "\"") + "}";
        return Api.post("/api/v1/checkins", body, token);
    }

    /** The platform's ticket codes, with its signing key from failsafe's environment. */
    public static TicketCodes platformCodes() {
        return new TicketCodes(TicketKeys.from(name -> Optional.ofNullable(
                System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')))));
    }
}
