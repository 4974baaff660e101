package org.boxoffice.bench.reports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.boxoffice.bench.common.Sql;

/**
 * One organisation's very busy day, written by SQL bulk inserts ({@code generate_series}) as the
 * platform would have written it through bookings, payments, refunds and check-ins: venues, events
 * with a few ticket types each (one event in ten sold in CHF, the rest in EUR), confirmed bookings
 * of 1 to 4 tickets spread over the day, their tickets, and bookings of the day before and after
 * (so that the report has to pick its day out). A share of the day's bookings is refunded later
 * that day (a payment and a refund of all its tickets), and so is a share of the day before's; a
 * share of the day's tickets is admitted at the door. The popular events sell far more than the
 * others (the event of a booking is drawn with a skew towards the first ones).
 *
 * <p>Written as the superuser with {@code session_replication_role = replica}, which skips the
 * foreign keys' triggers: every id written refers to a row written here. Ids are taken above the
 * platform's ({@link Sql#reserve}). Only the refunded bookings get a payment: the report never
 * reads payments.
 */
final class Fixtures {

    /** What was written, and the day's figures as plain SQL counts them. */
    record Filled(
            long organisationId,
            int events,
            int ticketTypes,
            long bookings,
            long tickets,
            long otherDayTickets,
            long refunds,
            long ticketsSold,
            long ticketsRefunded,
            long checkIns,
            Map<String, Double> seconds) {}

    private static final String[] TYPES = {"Standard", "Reduced", "VIP", "Early bird", "Family"};
    private static final String[] PRICES = {"40.00", "25.00", "90.00", "30.00", "60.00"};

    private final Connection c;
    private final ReportsBench.Options options;
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    Fixtures(Connection connection, ReportsBench.Options options) {
        this.c = connection;
        this.options = options;
    }

    Filled fill(long organisation, long category, long customer, int customers) throws SQLException {
        LocalDate day = options.day();
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        int events = options.events();
        int types = options.types();
        // 1 to 4 tickets a booking, in turn: 10 tickets per 4 bookings
        long bookings = options.tickets() / 10 * 4;
        long others = options.otherDayTickets() / 10 * 4;
        long all = bookings + others;
        Sql.execute(c, "set session_replication_role = replica");
        Sql.execute(c, "select setseed(0.42)");

        long venue0 = Sql.reserve(c, "venue", events / 10 + 1);
        long event0 = Sql.reserve(c, "event", events);
        long type0 = Sql.reserve(c, "ticket_type", events * types);
        long allotment0 = Sql.reserve(c, "allotment", events * types);
        long booking0 = Sql.reserve(c, "booking", (int) all);
        long line0 = Sql.reserve(c, "booking_line", (int) all);
        long ticket0 = Sql.reserve(c, "ticket", (int) (all / 4 * 10));

        step("catalog", () -> {
            Sql.execute(
                    c,
                    "insert into venue (id, name, address, city, zone_id, version, organisation_id)"
                            + " select " + venue0 + " + v, 'Bench Hall ' || v, v || ' Main Street', 'Berlin',"
                            + " 'Europe/Berlin', 1, " + organisation + " from generate_series(0, " + events / 10
                            + ") v");
            Sql.execute(
                    c,
                    "insert into event (id, title, description, category_id, venue_id, starts_at, ends_at, status,"
                            + " duration_seconds, version, organisation_id, vat_rate)"
                            + " select " + event0 + " + e, 'Bench concert ' || e, 'An evening of the bench.', "
                            + category + ", " + venue0 + " + e / 10, timestamptz '" + to + "' + interval '30 days'"
                            + " + make_interval(hours => e), timestamptz '" + to + "' + interval '30 days'"
                            + " + make_interval(hours => e + 3), 'PUBLISHED', 10800, 1, " + organisation + ","
                            + " case when e % 3 = 0 then 19 else 7 end from generate_series(0, " + (events - 1)
                            + ") e");
            Sql.execute(
                    c,
                    "insert into ticket_type (id, event_id, name, price_amount, price_currency, capacity)"
                            + " select " + type0 + " + e * " + types + " + k, " + event0 + " + e,"
                            + " (" + array(TYPES) + ")[k + 1], (" + array(PRICES) + ")[k + 1]::numeric,"
                            + " case when e % 10 = 9 then 'CHF' else 'EUR' end, 1000000"
                            + " from generate_series(0, " + (events - 1) + ") e, generate_series(0, " + (types - 1)
                            + ") k");
            Sql.execute(
                    c,
                    "insert into allotment (id, ticket_type_id, capacity, taken, version)"
                            + " select " + allotment0 + " + j, " + type0 + " + j, 1000000, 0, 1"
                            + " from generate_series(0, " + (events * types - 1) + ") j");
        });

        step("bookings", () -> {
            // i < bookings: the day; above: the day before (even) and after (odd). The event drawn
            // with a skew: the first events sell most.
            Sql.execute(
                    c,
                    "create temp table bench_booking as select i, " + booking0 + " + i as id,"
                            + " floor(" + events + " * power(random(), 1.8))::int as e,"
                            + " floor(random() * " + types + ")::int as k, 1 + (i % 4)::int as quantity,"
                            + " case when i < " + bookings + " then timestamptz '" + from
                            + "' + make_interval(secs => i * 86399.0 / " + bookings + ")"
                            + " when i % 2 = 0 then timestamptz '" + from + "' - interval '1 day'"
                            + " + make_interval(secs => (i - " + bookings + ") * 86399.0 / " + Math.max(1, others)
                            + ") else timestamptz '" + to + "' + make_interval(secs => (i - " + bookings
                            + ") * 86399.0 / " + Math.max(1, others) + ") end as at"
                            + " from generate_series(0, " + (all - 1) + ") i");
            // refunded later on the day: a share of the day's bookings, and of the day before's
            Sql.execute(
                    c,
                    "alter table bench_booking add column refunded_at timestamptz, add column price numeric(12, 2),"
                            + " add column currency char(3), add column rate numeric(5, 2)");
            Sql.execute(
                    c,
                    "update bench_booking b set price = t.price_amount, currency = t.price_currency,"
                            + " rate = v.vat_rate, refunded_at = case"
                            + " when b.i % 1000 >= " + Math.round(options.refundPercent() * 10) + " then null"
                            + " when b.at >= timestamptz '" + from + "' and b.at < timestamptz '" + to + "'"
                            + " then greatest(b.at, least(b.at + interval '2 hours', timestamptz '" + to
                            + "' - interval '1 second'))"
                            + " when b.at < timestamptz '" + from + "' then timestamptz '" + from
                            + "' + make_interval(secs => b.i % 86000) end"
                            + " from ticket_type t, event v where t.id = " + type0 + " + b.e * " + types + " + b.k"
                            + " and v.id = t.event_id");
            Sql.execute(c, "create index on bench_booking (id)");
            Sql.execute(c, "analyze bench_booking");
            Sql.execute(
                    c,
                    "insert into booking (id, account_id, event_id, status, total_amount, total_currency, created_at,"
                            + " expires_at, changed_at, version, service_fee, vat_rate, tax_amount)"
                            + " select id, " + customer + " + i % " + customers + ", " + event0 + " + e,"
                            + " case when refunded_at is null then 'CONFIRMED' else 'REFUNDED' end,"
                            + " quantity * (price + 1.50), currency, at, at + interval '10 minutes',"
                            + " coalesce(refunded_at, at), 1, 1.50, rate,"
                            + " round(quantity * price * rate / (100 + rate), 3) from bench_booking");
            Sql.execute(
                    c,
                    "insert into booking_line (id, booking_id, ticket_type_id, allotment_id, quantity,"
                            + " unit_price_amount, unit_price_currency)"
                            + " select " + line0 + " + i, id, " + type0 + " + e * " + types + " + k, " + allotment0
                            + " + e * " + types + " + k, quantity, price, currency from bench_booking");
        });

        step(
                "tickets",
                () -> Sql.execute(
                        c,
                        // ticket ids in the order of the bookings: 10 per 4 bookings
                        "insert into ticket (id, booking_id, event_id, ticket_type_id, code, status, created_at,"
                                + " admitted_at, admitted_gate)"
                                + " select x.id, x.booking, x.event, x.type, 'bench-' || x.id,"
                                + " case when x.refunded_at is null then 'VALID' else 'CANCELLED' end, x.at,"
                                + " case when x.admitted then greatest(x.at, least(x.at + interval '30 minutes',"
                                + " timestamptz '" + to + "' - interval '1 second')) end,"
                                + " case when x.admitted then 'gate-' || x.id % 8 end"
                                + " from (select " + ticket0
                                + " + (b.i / 4) * 10 + (array[0, 1, 3, 6])[b.i % 4 + 1] + n - 1"
                                + " as id, b.id as booking, " + event0 + " + b.e as event, " + type0 + " + b.e * "
                                + types
                                + " + b.k as type, b.at, b.refunded_at,"
                                + " b.refunded_at is null and b.i < " + bookings + " and (b.i + n) % 1000 < "
                                + Math.round(options.checkInPercent() * 10) + " as admitted"
                                + " from bench_booking b, generate_series(1, b.quantity) n) x"));

        step("refunds", () -> {
            long refunded = Sql.scalar(c, "select count(*) from bench_booking where refunded_at is not null");
            long payment0 = Sql.reserve(c, "payment", (int) Math.max(1, refunded));
            long refund0 = Sql.reserve(c, "refund", (int) Math.max(1, refunded));
            Sql.execute(
                    c,
                    "create temp table bench_refund as select row_number() over (order by id) - 1 as r, id, i,"
                            + " quantity * (price + 1.50) as amount, currency, at, refunded_at"
                            + " from bench_booking where refunded_at is not null");
            Sql.execute(
                    c,
                    "insert into payment (id, booking_id, account_id, method, status, amount, currency, provider,"
                            + " provider_reference, created_at, changed_at, version, refunded_amount)"
                            + " select " + payment0 + " + r, id, " + customer + " + i % " + customers + ", 'CARD',"
                            + " 'REFUNDED', amount, currency, 'TEST', 'bench-charge-' || id, at, refunded_at, 1, amount"
                            + " from bench_refund");
            Sql.execute(
                    c,
                    "insert into refund (id, payment_id, booking_id, account_id, amount, currency, status, reason,"
                            + " reference, created_at, changed_at, version)"
                            + " select " + refund0 + " + r, " + payment0 + " + r, id, " + customer + " + i % "
                            + customers + ", amount, currency, 'SUCCEEDED', 'CUSTOMER_CANCELLATION',"
                            + " 'bench-refund-' || id, refunded_at, refunded_at, 1 from bench_refund");
            Sql.execute(
                    c,
                    "insert into refund_ticket (refund_id, ticket_id) select " + refund0 + " + r.r, t.id"
                            + " from bench_refund r join ticket t on t.booking_id = r.id");
        });

        step("analyze", () -> {
            Sql.execute(c, "set session_replication_role = origin");
            for (String table : new String[] {
                "venue",
                "event",
                "ticket_type",
                "allotment",
                "booking",
                "booking_line",
                "ticket",
                "payment",
                "refund",
                "refund_ticket"
            }) {
                Sql.execute(c, "vacuum analyze " + table);
            }
        });

        long[] day1 = Sql.row(
                c,
                "select count(*), count(*) filter (where t.admitted_at >= timestamptz '" + from
                        + "' and t.admitted_at < timestamptz '" + to + "') from ticket t join event e on e.id ="
                        + " t.event_id where e.organisation_id = " + organisation);
        long sold = Sql.scalar(
                c,
                "select count(*) from ticket t join event e on e.id = t.event_id where e.organisation_id = "
                        + organisation + " and t.created_at >= timestamptz '" + from
                        + "' and t.created_at < timestamptz '" + to + "'");
        long checkIns = Sql.scalar(
                c,
                "select count(*) from ticket t join event e on e.id = t.event_id where e.organisation_id = "
                        + organisation + " and t.admitted_at >= timestamptz '" + from
                        + "' and t.admitted_at < timestamptz '" + to + "'");
        long refundedTickets = Sql.scalar(
                c,
                "select count(*) from refund r join refund_ticket x on x.refund_id = r.id join ticket t on t.id ="
                        + " x.ticket_id join event e on e.id = t.event_id where e.organisation_id = " + organisation
                        + " and r.status = 'SUCCEEDED' and r.changed_at >= timestamptz '" + from
                        + "' and r.changed_at < timestamptz '" + to + "'");
        long refunds = Sql.scalar(c, "select count(*) from bench_refund");
        Sql.execute(c, "drop table bench_refund");
        Sql.execute(c, "drop table bench_booking");
        return new Filled(
                organisation,
                events,
                events * types,
                all,
                day1[0],
                day1[0] - sold,
                refunds,
                sold,
                refundedTickets,
                checkIns,
                new LinkedHashMap<>(seconds));
    }

    private interface Step {
        void run() throws SQLException;
    }

    private void step(String name, Step step) throws SQLException {
        long started = System.nanoTime();
        step.run();
        double took = (System.nanoTime() - started) / 1e9;
        seconds.put(name, took);
        System.out.printf("  %-9s %6.1f s%n", name, took);
    }

    private static String array(String[] values) {
        StringBuilder sql = new StringBuilder("array[");
        for (int i = 0; i < values.length; i++) {
            sql.append(i == 0 ? "" : ", ").append('\'').append(values[i]).append('\'');
        }
        return sql.append(']').toString();
    }
}
