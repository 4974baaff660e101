package org.boxoffice.bench.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills the platform's empty, migrated schema with a large catalog in set-based SQL: each table is
 * one {@code INSERT ... SELECT} over {@code generate_series} and small planning tables, never a row
 * at a time over JDBC. Ids are taken from 1 up and every sequence is moved past them afterwards, so
 * that the platform's own inserts continue above. Statuses and kinds are the strings the entities
 * store (EventStatus, EventSeat.Status, Section.Kind). The same seed gives the same catalog.
 *
 * <p>Shape: 30 categories; 2,000 venues in 200 cities, skewed towards the first cities; one arena of
 * 4 blocks x 50 rows x 100 seats with a few published events; 600 venues with 1 to 3 seated
 * sections (a third of them with a standing area too), the rest one general-admission floor. Events
 * start from 60 days ago to 18 months ahead, 95 % published, 3 % drafts, 2 % cancelled; each has 1
 * to 4 ticket types priced 5 to 250 EUR. Events at seated venues are chosen, in random order,
 * until their seats reach the seat target: their inventory is one event_seat row per seat (about
 * 60 % FREE, 5 % HELD, 35 % SOLD; 5 % of events sold out), the others' one allotment per ticket type.
 */
final class CatalogGenerator {

    static final int CITIES = 200;
    static final int VENUES = 2_000;
    static final int SEATED_VENUES = 600;
    static final int ARENA_VENUE = 1;
    static final int ARENA_EVENTS = 6;

    /** The tables the generator fills, in the order of their foreign keys. */
    static final List<String> TABLES =
            List.of("category", "venue", "section", "seat", "event", "ticket_type", "allotment", "event_seat");

    private final int events;
    private final long seats;

    CatalogGenerator(int events, long seats) {
        this.events = events;
        this.seats = seats;
    }

    /** What the generator made that the measured requests choose from. */
    record Catalog(
            List<String> cities,
            List<String> categorySlugs,
            List<String> words,
            List<Long> arenaEvents,
            LocalDate today,
            Map<String, Long> rowCounts,
            String notes) {}

    Catalog generate(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            try (ResultSet existing = statement.executeQuery("select count(*) from event")) {
                existing.next();
                if (existing.getLong(1) != 0) {
                    throw new IllegalStateException(
                            "the database holds events already: the generator needs an empty catalog");
                }
            }
            // the rows are consistent by construction: no foreign-key trigger per row of 5 million
            statement.execute("set session_replication_role = replica");
            statement.execute("set work_mem = '256MB'");
            statement.execute("select setseed(0.4242)");
        }
        Map<String, String> cities = Vocabulary.cities(CITIES, zonesOfTheDatabase(connection));
        List<String> names = Vocabulary.CATEGORIES;
        List<String> slugs = names.stream().map(Vocabulary::slug).toList();

        step(connection, "planning tables", () -> {
            try (PreparedStatement words = connection.prepareStatement(
                    "create temp table bench_words as select ?::text[] as title_words, ?::text[] as filler_words")) {
                words.setArray(1, textArray(connection, Vocabulary.TITLE_WORDS));
                words.setArray(2, textArray(connection, Vocabulary.FILLER_WORDS));
                words.execute();
            }
            try (PreparedStatement city = connection.prepareStatement(
                    "create temp table bench_city as"
                            + " select ord::int as idx, name, zone from unnest(?::text[], ?::text[]) with ordinality as c(name, zone, ord)")) {
                city.setArray(1, textArray(connection, List.copyOf(cities.keySet())));
                city.setArray(2, textArray(connection, List.copyOf(cities.values())));
                city.execute();
            }
            return 0;
        });

        step(connection, "category", () -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into category (id, name, slug)"
                            + " select ord, name, slug from unnest(?::text[], ?::text[]) with ordinality as c(name, slug, ord)")) {
                insert.setArray(1, textArray(connection, names));
                insert.setArray(2, textArray(connection, slugs));
                return insert.executeUpdate();
            }
        });

        step(connection, "venue", () -> {
            execute(
                    connection,
                    "create temp table bench_venue as"
                            + " select v as id,"
                            + "   case when v = " + ARENA_VENUE + " then 'ARENA' when v <= " + (1 + SEATED_VENUES)
                            + "     then 'SEATED' else 'GA' end as kind,"
                            // the arena in the first city; the others skewed towards the head of the list
                            + "   case when v = " + ARENA_VENUE + " then 1"
                            + "     else 1 + least(" + (cities.size() - 1) + ", floor(" + cities.size()
                            + " * power(random(), 1.5))::int) end as city_idx,"
                            + "   1 + floor(random() * 3)::int as seated_sections"
                            + " from generate_series(1, " + VENUES + ") v");
            return execute(
                    connection,
                    "insert into venue (id, name, address, city, zone_id, version)"
                            + " select v.id, c.name || ' ' || case v.kind when 'ARENA' then 'Arena'"
                            + "     when 'SEATED' then (array['Concert Hall', 'Theatre', 'Opera House', 'Playhouse', 'Auditorium'])[1 + v.id % 5]"
                            + "     else (array['Club', 'Hall', 'Open Air', 'Warehouse', 'Forum', 'Pavilion'])[1 + v.id % 6] end"
                            + "     || ' ' || v.id,"
                            + "   v.id || ' Main Street, ' || c.name, c.name, c.zone, 1"
                            + " from bench_venue v join bench_city c on c.idx = v.city_idx");
        });

        step(connection, "section", () -> {
            execute(
                    connection,
                    "create temp table bench_section as"
                            + " select row_number() over (order by venue_id, pos) as id, s.* from ("
                            // the arena: 4 blocks of 50 rows of 100 seats
                            + "   select " + ARENA_VENUE
                            + "::bigint as venue_id, b as pos, 'Block ' || chr(64 + b) as name,"
                            + "     'SEATED' as kind, 50 as seat_rows, 100 as per_row, 0 as standing, 'Category ' || b as seat_category"
                            + "   from generate_series(1, 4) b"
                            + "   union all"
                            + "   select v.id, s, (array['Stalls', 'Balcony', 'Gallery'])[s], 'SEATED',"
                            + "     5 + floor(random() * 16)::int, 10 + floor(random() * 21)::int, 0, 'Category ' || s"
                            + "   from bench_venue v, generate_series(1, v.seated_sections) s where v.kind = 'SEATED'"
                            + "   union all"
                            + "   select v.id, 9, case v.kind when 'GA' then 'Floor' else 'Standing' end, 'GENERAL_ADMISSION',"
                            + "     0, 0, case v.kind when 'GA' then 100 + floor(random() * 4901)::int"
                            + "       else 100 + floor(random() * 901)::int end, null"
                            + "   from bench_venue v where v.kind = 'GA' or (v.kind = 'SEATED' and v.id % 3 = 0)"
                            + " ) s");
            return execute(
                    connection,
                    "insert into section (id, venue_id, name, kind, capacity)"
                            + " select id, venue_id, name, kind, case kind when 'SEATED' then seat_rows * per_row else standing end"
                            + " from bench_section");
        });

        step(connection, "seat", () -> {
            // ids in row order within a section: the order the seat map reads them in
            int inserted = execute(
                    connection,
                    "insert into seat (id, section_id, row_label, number, category, accessible, blocked)"
                            + " select row_number() over (order by s.id, r, n), s.id,"
                            + "   case when r <= 26 then chr(64 + r) else chr(64 + (r - 1) / 26) || chr(65 + (r - 1) % 26) end,"
                            + "   n, s.seat_category, r = 1 and n <= 4, random() < 0.002"
                            + " from bench_section s, generate_series(1, s.seat_rows) r, generate_series(1, s.per_row) n"
                            + " where s.kind = 'SEATED'");
            execute(
                    connection,
                    "create temp table bench_venue_seats as"
                            + " select sec.venue_id, count(*) filter (where not s.blocked) as seats"
                            + " from seat s join section sec on sec.id = s.section_id group by sec.venue_id");
            return inserted;
        });

        long arenaSeats = scalar(connection, "select seats from bench_venue_seats where venue_id = " + ARENA_VENUE);
        int arenaEvents = Math.min(ARENA_EVENTS, events);
        long seatsLeft = Math.max(0, seats - arenaEvents * arenaSeats);

        step(connection, "event", () -> {
            execute(
                    connection,
                    "create temp table bench_event as"
                            + " select id,"
                            + "   case when id <= " + arenaEvents + " then 'PUBLISHED' when x < 0.95 then 'PUBLISHED'"
                            + "     when x < 0.98 then 'DRAFT' else 'CANCELLED' end as status,"
                            + "   case when id <= " + arenaEvents + " then 7 + 14 * (id - 1) else day end as day,"
                            + "   minute, duration, u, seated_venue, ga_venue, category_id,"
                            + "   id > " + arenaEvents + " and sold_out as sold_out, sold_share, ga_types,"
                            + "   id <= " + arenaEvents + " as arena, false as seated, 0::bigint as venue_id"
                            + " from (select e as id, random() as x,"
                            + "   floor(random() * 600)::int - 60 as day,"
                            + "   18 * 60 + 30 * floor(random() * 7)::int as minute,"
                            + "   90 + floor(random() * 150)::int as duration,"
                            + "   random() as u,"
                            + "   2 + floor(random() * " + SEATED_VENUES + ")::int as seated_venue,"
                            + "   " + (2 + SEATED_VENUES) + " + floor(random() * " + (VENUES - 1 - SEATED_VENUES)
                            + ")::int as ga_venue,"
                            + "   1 + least(" + (names.size() - 1) + ", floor(" + names.size()
                            + " * power(random(), 1.3))::int) as category_id,"
                            + "   random() < 0.05 as sold_out,"
                            + "   random() * 0.7 as sold_share,"
                            + "   1 + floor(random() * 4)::int as ga_types"
                            + "   from generate_series(1, " + events + ") e) t");
            // events at seated venues, in random order, until their seats (drafts have none) reach the target
            execute(
                    connection,
                    "update bench_event e set seated = true from ("
                            + "   select e.id, sum(case when e.status <> 'DRAFT' then vs.seats else 0 end)"
                            + "     over (order by e.u, e.id) as running"
                            + "   from bench_event e join bench_venue_seats vs on vs.venue_id = e.seated_venue"
                            + "   where not e.arena) s"
                            + " where s.id = e.id and s.running <= " + seatsLeft);
            execute(
                    connection,
                    "update bench_event set venue_id = case when arena then " + ARENA_VENUE
                            + " when seated then seated_venue else ga_venue end");
            // a title of three title words; the description names two of them and one more
            return execute(
                    connection,
                    "insert into event (id, title, description, category_id, venue_id, starts_at, ends_at, status,"
                            + " duration_seconds, version)"
                            + " select id, initcap(w1) || ' ' || initcap(w2) || ' ' || initcap(w3),"
                            + "   'An evening of ' || w1 || ' and ' || w3 || '. ' || filler || ' ' || w4 || '.',"
                            + "   category_id, venue_id, starts_at, starts_at + make_interval(mins => duration), status,"
                            + "   duration * 60, 1"
                            + " from (select e.*,"
                            + "   w.title_words[1 + floor(random() * cardinality(w.title_words))::int] as w1,"
                            + "   w.title_words[1 + floor(random() * cardinality(w.title_words))::int] as w2,"
                            + "   w.title_words[1 + floor(random() * cardinality(w.title_words))::int] as w3,"
                            + "   w.title_words[1 + floor(random() * cardinality(w.title_words))::int] as w4,"
                            + "   (select string_agg(word, ' ') from (select w.filler_words[1 + floor(random()"
                            + "      * cardinality(w.filler_words))::int] as word from generate_series(1, 30 + e.id % 41)) f) as filler,"
                            + "   ((current_date + e.day) + make_interval(mins => e.minute)) at time zone v.zone_id as starts_at"
                            + "   from bench_event e join venue v on v.id = e.venue_id cross join bench_words w) t");
        });

        step(
                connection,
                "ticket_type",
                () -> execute(
                        connection,
                        "insert into ticket_type (id, event_id, name, price_amount, price_currency, section_id, capacity)"
                                + " select row_number() over (order by event_id, pos), event_id, name,"
                                + "   least(250, floor(5 + random() * 245) + (array[0, 0.5, 0.9])[1 + floor(random() * 3)::int]),"
                                + "   'EUR', section_id, capacity"
                                + " from ("
                                // reserved seats: a ticket type per seated section
                                + "   select e.id as event_id, s.pos, s.name, s.id as section_id, null::int as capacity"
                                + "   from bench_event e join bench_section s on s.venue_id = e.venue_id and s.kind = 'SEATED'"
                                + "   where e.seated or e.arena"
                                + "   union all"
                                // general admission: the floor shared by 1 to 4 types, or a seated venue's standing
                                // area
                                + "   select e.id, 10 + k,"
                                + "     case when e.seated then 'Standing' else (array['Standard', 'Reduced', 'VIP', 'Early bird'])[k] end,"
                                + "     null, greatest(1, s.standing / case when e.seated then 1 else e.ga_types end)"
                                + "   from bench_event e join bench_section s on s.venue_id = e.venue_id and s.kind = 'GENERAL_ADMISSION',"
                                + "     generate_series(1, case when e.seated then 1 else e.ga_types end) k"
                                + " ) t"));

        step(
                connection,
                "allotment",
                () -> execute(
                        connection,
                        "insert into allotment (id, ticket_type_id, capacity, taken, version)"
                                + " select row_number() over (order by t.id), t.id, t.capacity,"
                                + "   case when e.sold_out or random() < 0.05 then t.capacity"
                                + "     else floor(random() * t.capacity * 0.9)::int end, 1"
                                + " from ticket_type t join bench_event e on e.id = t.event_id"
                                + " where t.capacity is not null and e.status <> 'DRAFT'"));

        // an event's rows next to each other, as publishing an event writes them
        step(
                connection,
                "event_seat",
                () -> execute(
                        connection,
                        "insert into event_seat (event_id, seat_id, ticket_type_id, status, version)"
                                + " select t.event_id, s.id, t.id,"
                                + "   case when e.sold_out then 'SOLD' when random() < 0.05 then 'HELD'"
                                + "     when random() < e.sold_share then 'SOLD' else 'FREE' end, 1"
                                + " from ticket_type t join bench_event e on e.id = t.event_id"
                                + "   join seat s on s.section_id = t.section_id and not s.blocked"
                                + " where t.section_id is not null and e.status <> 'DRAFT'"
                                + " order by t.event_id, s.id"));

        // what publication and the platform's demand recount write on each event
        step(
                connection,
                "event figures",
                () -> execute(
                        connection,
                        "update event set price_from = (select min(t.price_amount) from ticket_type t"
                                + "   where t.event_id = event.id),"
                                + " price_to = (select max(t.price_amount) from ticket_type t"
                                + "   where t.event_id = event.id),"
                                + " tickets_taken = (select coalesce(sum(a.taken), 0) from allotment a"
                                + "   join ticket_type t on t.id = a.ticket_type_id where t.event_id = event.id)"
                                + " + (select count(*) from event_seat s where s.event_id = event.id"
                                + "   and s.status in ('HELD', 'SOLD')),"
                                + " tickets_left = (select coalesce(sum(a.capacity - a.taken), 0) from allotment a"
                                + "   join ticket_type t on t.id = a.ticket_type_id where t.event_id = event.id)"
                                + " + (select count(*) from event_seat s where s.event_id = event.id"
                                + "   and s.status = 'FREE')"
                                + " where status <> 'DRAFT'"));

        step(connection, "sequences", () -> {
            for (String table : List.of("category", "venue", "section", "seat", "event", "ticket_type", "allotment")) {
                // EclipseLink takes each value as the last of a block of 50: the next block starts above
                execute(
                        connection,
                        "select setval('" + table + "_seq', greatest(50, (select max(id) from " + table + ")))");
            }
            return 0;
        });

        step(connection, "vacuum analyze", () -> {
            // as a settled production database would be: statistics and the visibility map up to date
            execute(connection, "set session_replication_role = default");
            execute(connection, "vacuum (analyze)");
            return 0;
        });

        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, scalar(connection, "select count(*) from " + table));
        }
        List<Long> arena = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from event where venue_id = " + ARENA_VENUE
                        + " and status = 'PUBLISHED' and starts_at > now() order by id")) {
            while (rows.next()) {
                arena.add(rows.getLong(1));
            }
        }
        String notes = String.join(
                "\n",
                List.of(
                        "events: "
                                + scalarText(
                                        connection,
                                        "select string_agg(status || ' ' || n, ', ' order by status)"
                                                + " from (select status, count(*) n from event group by status) s"),
                        "event seats: "
                                + scalarText(
                                        connection,
                                        "select string_agg(status || ' ' || n, ', ' order by status)"
                                                + " from (select status, count(*) n from event_seat group by status) s"),
                        "events with reserved seats: "
                                + scalar(connection, "select count(distinct event_id) from event_seat")
                                + ", arena events (20,000 seats): " + arena.size(),
                        "published events not ended yet: "
                                + scalar(
                                        connection,
                                        "select count(*) from event where status = 'PUBLISHED' and ends_at > now()"),
                        "titles with 'jazz': "
                                + scalar(connection, "select count(*) from event where lower(title) like '%jazz%'")
                                + ", titles or descriptions: "
                                + scalar(
                                        connection,
                                        "select count(*) from event"
                                                + " where lower(title) like '%jazz%' or lower(description) like '%jazz%'"),
                        "database size: "
                                + scalarText(
                                        connection, "select pg_size_pretty(pg_database_size(current_database()))")));
        return new Catalog(
                List.copyOf(cities.keySet()),
                slugs,
                Vocabulary.TITLE_WORDS,
                arena,
                LocalDate.now(ZoneOffset.UTC),
                counts,
                notes);
    }

    private interface Step {
        long run() throws SQLException;
    }

    private static void step(Connection connection, String name, Step step) throws SQLException {
        long started = System.nanoTime();
        long rows = step.run();
        System.out.printf("  %-16s %,12d rows %8.1f s%n", name, rows, (System.nanoTime() - started) / 1e9);
    }

    private static int execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return Math.max(0, statement.getUpdateCount());
        }
    }

    private static long scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String scalarText(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static Set<String> zonesOfTheDatabase(Connection connection) throws SQLException {
        Set<String> zones = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select name from pg_timezone_names")) {
            while (rows.next()) {
                zones.add(rows.getString(1));
            }
        }
        return zones;
    }

    private static Array textArray(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
