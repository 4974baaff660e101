package org.boxoffice.bench.tickets;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.boxoffice.bench.common.Accounts;
import org.boxoffice.bench.common.Api;
import org.boxoffice.bench.common.Database;
import org.boxoffice.bench.common.Sql;
import org.boxoffice.bench.common.Tokens;

/**
 * Who books and what: accounts, the organizer's organisation and a category are rows written by
 * SQL ({@link Accounts}: the API cannot make customers without mail); the venue, the two events
 * and their publication go through the organizer API. The gate event sells as many
 * general-admission places as the bench has tickets to scan, in bookings of {@code perBooking}
 * (its per-order limit); the mail event sells far more than any step books, two places a booking.
 * Both are paid by card through the platform's test provider.
 */
final class Fixtures {

    static final String PRICE = "42.00";
    static final String CURRENCY = "EUR";
    /** Places per booking of the mail event: the mail step's and the mail-down/up steps' bookings. */
    static final int MAIL_EVENT_PLACES = 2;

    /** A published general-admission event: its ticket type, and the places each booking takes. */
    record Event(long eventId, long ticketTypeId, int perBooking) {

        String holdBody() {
            return "{\"eventId\":\"" + eventId + "\",\"items\":[{\"ticketTypeId\":\"" + ticketTypeId
                    + "\",\"quantity\":" + perBooking + "}]}";
        }
    }

    record Made(
            String organizerToken,
            String adminToken,
            List<Accounts.Account> customers,
            Event gate,
            Event mail,
            String notes) {}

    private final Database database;
    private final Api api;
    private final Tokens tokens;
    private final int customers;
    private final int tickets;
    private final int perBooking;

    Fixtures(Database database, Api api, Tokens tokens, int customers, int tickets, int perBooking) {
        this.database = database;
        this.api = api;
        this.tokens = tokens;
        this.customers = customers;
        this.tickets = tickets;
        this.perBooking = perBooking;
    }

    Made make() throws SQLException, IOException, InterruptedException {
        Duration lifetime = Duration.ofHours(12);
        Accounts.Account organizer;
        Accounts.Account admin;
        List<Accounts.Account> customerList;
        try (Connection c = database.superuser()) {
            c.setAutoCommit(true);
            Accounts accounts = new Accounts(c, tokens, lifetime);
            organizer = accounts.organizer("Bench Gates Ltd");
            // reads the mails the platform gave up on (its dead-letter queue)
            admin = accounts.admin();
            customerList = accounts.customers(customers);
            accounts.category();
        }
        String organizerToken = organizer.token();
        long firstCustomer = customerList.get(0).id();

        String date = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        long arena = api.create(
                "/api/v1/venues",
                "{\"name\":\"Bench Arena\",\"address\":\"1 Gate Street\",\"city\":\"Benchburg\","
                        + "\"zoneId\":\"Europe/Berlin\"}",
                organizerToken);
        Event gate = event(organizerToken, arena, "Bench gate night", date, tickets, perBooking);
        Event mail = event(organizerToken, arena, "Bench mail night", date, 5_000_000, MAIL_EVENT_PLACES);
        String notes = String.format(
                "gate event %d: one general-admission type (%d) of %,d places at %s %s, sold in bookings of %d"
                        + "%nmail event %d: one general-admission type (%d) of 5,000,000 places, bookings of %d"
                        + "%ncustomers: %d (accounts %d-%d), one organizer of the events' organisation, one admin;"
                        + " RS256 tokens valid %d h",
                gate.eventId(),
                gate.ticketTypeId(),
                tickets,
                PRICE,
                CURRENCY,
                perBooking,
                mail.eventId(),
                mail.ticketTypeId(),
                MAIL_EVENT_PLACES,
                customers,
                firstCustomer,
                firstCustomer + customers - 1,
                lifetime.toHours());
        return new Made(organizerToken, admin.token(), customerList, gate, mail, notes);
    }

    /** A general-admission event made and published through the organizer API. */
    private Event event(String organizerToken, long venue, String title, String date, int capacity, int perBooking)
            throws IOException, InterruptedException, SQLException {
        long id = api.create(
                "/api/v1/events",
                "{\"venueId\":\"" + venue + "\",\"category\":\"bench\",\"title\":\"" + title
                        + "\",\"description\":\"Made by bench/tickets.\",\"startsAt\":\"" + date
                        + "T20:00\",\"endsAt\":\"" + date + "T23:00\",\"maxPerOrder\":" + Math.max(10, perBooking)
                        + ",\"ticketTypes\":[{\"name\":\"Standing\",\"price\":{\"amount\":\"" + PRICE
                        + "\",\"currency\":\"" + CURRENCY + "\"},\"capacity\":" + capacity + "}]}",
                organizerToken);
        api.ok("/api/v1/events/" + id + "/publish", null, organizerToken);
        try (Connection c = database.superuser()) {
            return new Event(id, Sql.scalar(c, "select id from ticket_type where event_id = " + id), perBooking);
        }
    }
}
