package org.boxoffice.bench.booking;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.boxoffice.bench.common.Accounts;
import org.boxoffice.bench.common.Api;
import org.boxoffice.bench.common.Database;
import org.boxoffice.bench.common.Sql;
import org.boxoffice.bench.common.Tokens;

/**
 * What the bench books: made the way the platform makes it wherever the API can. Accounts, the
 * organizer's organisation and a category are rows written by SQL ({@link Accounts}, as the
 * integration tests write them: the API has no way to create customers without mail); the venues,
 * the events, their ticket types and their publication go through the organizer API, so that the
 * inventory (the allotment per general-admission type, an event_seat row per seat) is exactly what
 * publication writes. The seated venue is larger than the API allows (50,000 seats a venue), so
 * its sections and seats are added by SQL after the API created it, laid out as the API lays them
 * out (rows A, B, ... AA, seats numbered from 1, ids in row order), before the event is created
 * and published through the API.
 *
 * <p>Ids written by SQL are taken above both the table's largest id and its sequence, and the
 * sequence is moved past them ({@link Sql#reserve}), so that the platform's own inserts (blocks of
 * 50 per sequence value) never meet them.
 */
final class Fixtures {

    static final String PRICE = "42.00";
    static final String CURRENCY = "EUR";
    static final int SEATS_PER_ROW = 200;
    static final int ROWS_PER_SECTION = 200;
    static final String SEAT_CATEGORY = "Standard";

    /** A general-admission event: its ticket type and the allotments publication made for it. */
    record GaEvent(long eventId, long ticketTypeId, int allotments) {}

    /** The seated event: its seats are ids {@code firstSeat} to {@code firstSeat + seats - 1}, in row order. */
    record SeatedEvent(long eventId, long ticketTypeId, long firstSeat, int seats) {

        /** Pairs of neighbours: seats {@code firstSeat + 2p} and {@code firstSeat + 2p + 1}, in one row. */
        int pairs() {
            return seats / 2;
        }
    }

    record Made(
            GaEvent hot,
            SeatedEvent seated,
            List<GaEvent> spread,
            List<Accounts.Account> customers,
            long firstCustomer,
            String notes) {}

    private final Database database;
    private final Api api;
    private final Tokens tokens;
    private final int customers;
    private final int seats;
    private final int spreadEvents;
    private final int hotCapacity;
    private final int spreadCapacity;

    Fixtures(
            Database database,
            Api api,
            Tokens tokens,
            int customers,
            int seats,
            int spreadEvents,
            int hotCapacity,
            int spreadCapacity) {
        this.database = database;
        this.api = api;
        this.tokens = tokens;
        this.customers = customers;
        // whole rows of neighbours: an even number of seats per row keeps every pair in one row
        this.seats = Math.max(SEATS_PER_ROW, (seats + SEATS_PER_ROW - 1) / SEATS_PER_ROW * SEATS_PER_ROW);
        this.spreadEvents = spreadEvents;
        this.hotCapacity = hotCapacity;
        this.spreadCapacity = spreadCapacity;
    }

    Made make() throws SQLException, IOException, InterruptedException {
        Duration lifetime = Duration.ofHours(12);
        String organizerToken;
        List<Accounts.Account> customerList;
        try (Connection c = database.superuser()) {
            c.setAutoCommit(true);
            Accounts accounts = new Accounts(c, tokens, lifetime);
            organizerToken = accounts.organizer("Bench Productions").token();
            customerList = accounts.customers(customers);
            accounts.category();
        }
        long firstCustomer = customerList.get(0).id();

        String date = LocalDate.now(ZoneOffset.UTC).plusDays(90).toString();
        // the hot general-admission event
        long hall = venue(organizerToken, "Bench Hall");
        long hotEvent = api.create(
                "/api/v1/events",
                event(hall, "Bench hot general admission", date, gaType("Standing", hotCapacity)),
                organizerToken);
        api.ok("/api/v1/events/" + hotEvent + "/publish", null, organizerToken);

        // the seated event: the venue through the API, its 200 x 200 sections by SQL, the event through the API
        long arena = venue(organizerToken, "Bench Arena");
        long firstSeat = seatsOf(arena);
        long seatedEvent = api.create(
                "/api/v1/events",
                event(
                        arena,
                        "Bench hot seated",
                        date,
                        "{\"name\":\"Seat\",\"price\":{\"amount\":\"" + PRICE + "\",\"currency\":\"" + CURRENCY
                                + "\"},\"seatCategory\":\"" + SEAT_CATEGORY + "\"}"),
                organizerToken);
        long publishing = System.nanoTime();
        api.ok("/api/v1/events/" + seatedEvent + "/publish", null, organizerToken);
        double publishSeconds = (System.nanoTime() - publishing) / 1e9;

        // the events the bookings are spread over, at one club
        long club = venue(organizerToken, "Bench Club");
        List<Long> spreadIds = new ArrayList<>();
        for (int i = 1; i <= spreadEvents; i++) {
            long id = api.create(
                    "/api/v1/events",
                    event(club, "Bench night " + i, date, gaType("Entry", spreadCapacity)),
                    organizerToken);
            api.ok("/api/v1/events/" + id + "/publish", null, organizerToken);
            spreadIds.add(id);
        }

        try (Connection c = database.superuser()) {
            c.setAutoCommit(true);
            GaEvent hot = gaEvent(c, hotEvent);
            List<GaEvent> spread = new ArrayList<>();
            for (long id : spreadIds) {
                spread.add(gaEvent(c, id));
            }
            long seatedType = Sql.scalar(c, "select id from ticket_type where event_id = " + seatedEvent);
            long[] inventory = Sql.row(
                    c,
                    "select count(*), min(seat_id), max(seat_id), count(*) filter (where status = 'FREE')"
                            + " from event_seat where event_id = " + seatedEvent);
            if (inventory[0] != seats
                    || inventory[1] != firstSeat
                    || inventory[2] != firstSeat + seats - 1
                    || inventory[3] != seats) {
                throw new IllegalStateException(String.format(
                        "publication made %d event seats (ids %d to %d, %d free); expected the %d seats %d to %d",
                        inventory[0],
                        inventory[1],
                        inventory[2],
                        inventory[3],
                        seats,
                        firstSeat,
                        firstSeat + seats - 1));
            }
            SeatedEvent seated = new SeatedEvent(seatedEvent, seatedType, firstSeat, seats);

            // pgbench's choice of one of the spread events: a numbered list it joins to
            Sql.execute(
                    c,
                    "create table bench.spread (n integer primary key, event_id bigint not null,"
                            + " ticket_type_id bigint not null)");
            try (PreparedStatement insert = c.prepareStatement("insert into bench.spread values (?, ?, ?)")) {
                for (int i = 0; i < spread.size(); i++) {
                    insert.setInt(1, i + 1);
                    insert.setLong(2, spread.get(i).eventId());
                    insert.setLong(3, spread.get(i).ticketTypeId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            Sql.execute(c, "grant select on bench.spread to " + Database.USER);
            Sql.execute(c, "vacuum (analyze)");
            String notes = String.format(
                    "hot general admission: event %d, ticket type %d, capacity %,d in %d allotment(s) as publication"
                            + " made them%nhot seated: event %d, %,d seats (%d sections of %d rows x %d, ids %d-%d),"
                            + " published through the API in %.1f s%nspread: %d events of %,d places each (events %d-%d)"
                            + "%ncustomers: %d (accounts %d-%d), tokens valid %d h",
                    hotEvent,
                    hot.ticketTypeId(),
                    hotCapacity,
                    hot.allotments(),
                    seatedEvent,
                    seats,
                    (seats + SEATS_PER_ROW * ROWS_PER_SECTION - 1) / (SEATS_PER_ROW * ROWS_PER_SECTION),
                    ROWS_PER_SECTION,
                    SEATS_PER_ROW,
                    firstSeat,
                    firstSeat + seats - 1,
                    publishSeconds,
                    spread.size(),
                    spreadCapacity,
                    spread.get(0).eventId(),
                    spread.get(spread.size() - 1).eventId(),
                    customers,
                    firstCustomer,
                    firstCustomer + customers - 1,
                    lifetime.toHours());
            return new Made(hot, seated, spread, customerList, firstCustomer, notes);
        }
    }

    /** A venue of the organizer's organisation in Europe/Berlin, made through the API; its id. */
    private long venue(String organizerToken, String name) throws IOException, InterruptedException {
        return api.create(
                "/api/v1/venues",
                "{\"name\":\"" + name + "\",\"address\":\"1 Bench Street\",\"city\":\"Benchburg\","
                        + "\"zoneId\":\"Europe/Berlin\"}",
                organizerToken);
    }

    /**
     * Sections of {@value #ROWS_PER_SECTION} rows of {@value #SEATS_PER_ROW} seats until the seat
     * count is reached, as {@code POST .../sections} would lay them out; the first seat's id.
     */
    private long seatsOf(long venue) throws SQLException {
        int perSection = SEATS_PER_ROW * ROWS_PER_SECTION;
        int sections = (seats + perSection - 1) / perSection;
        try (Connection c = database.superuser()) {
            c.setAutoCommit(true);
            long firstSection = Sql.reserve(c, "section", sections);
            long firstSeat = Sql.reserve(c, "seat", seats);
            Sql.execute(
                    c,
                    "insert into section (id, venue_id, name, kind, capacity)"
                            + " select " + firstSection + " + k, " + venue + ", 'Block ' || (k + 1), 'SEATED',"
                            + " least(" + perSection + ", " + seats + " - k * " + perSection + ")"
                            + " from generate_series(0, " + (sections - 1) + ") k");
            Sql.execute(
                    c,
                    "insert into seat (id, section_id, row_label, number, category, accessible, blocked)"
                            + " select " + firstSeat + " + i, " + firstSection + " + i / " + perSection + ","
                            + "   case when r <= 26 then chr(64 + r) else chr(64 + (r - 1) / 26) || chr(65 + (r - 1) % 26) end,"
                            + "   i % " + SEATS_PER_ROW + " + 1, '" + SEAT_CATEGORY + "', false, false"
                            + " from generate_series(0, " + (seats - 1) + ") i,"
                            + "   lateral (select (i % " + perSection + ") / " + SEATS_PER_ROW + " + 1 as r) x"
                            + " order by i");
            Sql.execute(c, "analyze section, seat");
            return firstSeat;
        }
    }

    private static String event(long venue, String title, String date, String ticketType) {
        return "{\"venueId\":\"" + venue + "\",\"category\":\"bench\",\"title\":\"" + title
                + "\",\"description\":\"Made by bench/booking.\",\"startsAt\":\"" + date + "T20:00\",\"endsAt\":\""
                + date + "T23:00\",\"ticketTypes\":[" + ticketType + "]}";
    }

    private static String gaType(String name, int capacity) {
        return "{\"name\":\"" + name + "\",\"price\":{\"amount\":\"" + PRICE + "\",\"currency\":\"" + CURRENCY
                + "\"},\"capacity\":" + capacity + "}";
    }

    private static GaEvent gaEvent(Connection c, long eventId) throws SQLException {
        long type = Sql.scalar(c, "select id from ticket_type where event_id = " + eventId);
        long allotments = Sql.scalar(c, "select count(*) from allotment where ticket_type_id = " + type);
        if (allotments == 0) {
            throw new IllegalStateException("publication made no allotment for ticket type " + type);
        }
        return new GaEvent(eventId, type, (int) allotments);
    }
}
