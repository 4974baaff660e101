package org.boxoffice.it;

import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;

/**
 * Test data written straight into the embedded PostgreSQL, for the tests over HTTP that need data
 * quicker than the API would make it. Every call makes new rows
 * with unique names, so tests do not depend on each other. Ids come from the application's own
 * sequences, so they never collide with what the application creates.
 */
public final class TestData {

    private TestData() {}

    /** The ids of a published general-admission event with one ticket type and its allotment. */
    public record GaEvent(long eventId, long ticketTypeId, long allotmentId, long venueId, String title, String city) {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static long account(String email, String... roles) {
        return accountWithPassword(email, "not the password of anyone " + UUID.randomUUID(), roles);
    }

    /** An account whose password is stored as Jakarta Security's PBKDF2 hash, as the platform stores them. */
    public static long accountWithPassword(String email, String password, String... roles) {
        try (Connection c = connect()) {
            long id = next(c, "account_seq");
            update(
                    c,
                    "insert into account (id, email, display_name, password_hash, status, created_at, version)"
                            + " values (?, ?, ?, ?, 'ACTIVE', now(), 1)",
                    id,
                    email,
                    "Test " + email,
                    pbkdf2(password));
            for (String role : roles) {
                update(c, "insert into account_role (account_id, role) values (?, ?)", id, role);
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A notification in the account's inbox; the id of the row. */
    public static long notification(long accountId, String subject) {
        try (Connection c = connect()) {
            long id = next(c, "notification_seq");
            update(
                    c,
                    "insert into notification (id, account_id, subject, body, created_at) values (?, ?, ?, ?, now())",
                    id,
                    accountId,
                    subject,
                    "About " + subject);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void disable(long accountId) {
        try (Connection c = connect()) {
            update(c, "update account set status = 'DISABLED' where id = ?", accountId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new organizer organisation with this name; the id of the row. */
    public static long organisation(String name) {
        try (Connection c = connect()) {
            long id = next(c, "organisation_seq");
            update(c, "insert into organisation (id, name, created_at, version) values (?, ?, now(), 1)", id, name);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the account a member of the organisation, whatever its roles. */
    public static void joinOrganisation(long accountId, long organisationId) {
        execute("update account set organisation_id = ? where id = ?", organisationId, accountId);
    }

    /** Gives the event to the organisation, as an organizer's event belongs to theirs. */
    public static void organiseEvent(long eventId, long organisationId) {
        execute("update event set organisation_id = ? where id = ?", organisationId, eventId);
    }

    /** The organisation of the account, or null for none. */
    public static Long organisationOf(long accountId) {
        try (Connection c = connect();
                PreparedStatement statement =
                        prepare(c, "select organisation_id from account where id = ?", accountId);
                ResultSet result = statement.executeQuery()) {
            if (!result.next()) {
                throw new IllegalStateException("no account " + accountId);
            }
            long id = result.getLong(1);
            return result.wasNull() ? null : id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static GaEvent publishedEvent(
            String title, String city, OffsetDateTime startsAt, String price, int capacity) {
        return event(title, city, startsAt, price, capacity, "PUBLISHED");
    }

    public static GaEvent draftEvent(String title, String city, OffsetDateTime startsAt, String price, int capacity) {
        return event(title, city, startsAt, price, capacity, "DRAFT");
    }

    /** The ids of a seated event: one section of rows A, B, ... with numbered seats, one ticket type. */
    public record SeatedEvent(long eventId, long ticketTypeId, long sectionId, java.util.List<Long> seatIds) {}

    /**
     * A seated event in its own venue; published ones get their inventory rows (one per seat, FREE)
     * as publishing makes them.
     */
    public static SeatedEvent seatedEvent(String title, int rows, int seatsPerRow, String status) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long category = newCategory(c);
            long venue = newVenue(c, "Hall of " + title, "Seatville");
            long section = next(c, "section_seq");
            update(
                    c,
                    "insert into section (id, venue_id, name, kind, capacity) values (?, ?, 'Stalls', 'SEATED', ?)",
                    section,
                    venue,
                    rows * seatsPerRow);
            java.util.List<Long> seats = new java.util.ArrayList<>();
            for (int row = 0; row < rows; row++) {
                for (int number = 1; number <= seatsPerRow; number++) {
                    long seat = next(c, "seat_seq");
                    update(
                            c,
                            "insert into seat (id, section_id, row_label, number, category) values (?, ?, ?, ?, ?)",
                            seat,
                            section,
                            String.valueOf((char) ('A' + row)),
                            number,
                            row == 0 ? "Premium" : "Standard");
                    seats.add(seat);
                }
            }
            long event =
                    newEvent(c, title, category, venue, OffsetDateTime.now().plusDays(20), status);
            long type = next(c, "ticket_type_seq");
            update(
                    c,
                    "insert into ticket_type (id, event_id, name, price_amount, price_currency, section_id)"
                            + " values (?, ?, 'Stalls', 42.00, 'EUR', ?)",
                    type,
                    event,
                    section);
            if ("PUBLISHED".equals(status)) {
                update(
                        c,
                        "insert into event_seat (event_id, seat_id, ticket_type_id, status, version)"
                                + " select ?, s.id, ?, 'FREE', 1 from seat s where s.section_id = ? and not s.blocked",
                        event,
                        type,
                        section);
            }
            priced(c, event);
            c.commit();
            return new SeatedEvent(event, type, section, seats);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GaEvent event(
            String title, String city, OffsetDateTime startsAt, String price, int capacity, String status) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long category = newCategory(c);
            long venue = newVenue(c, "Hall of " + title, city);
            long event = newEvent(c, title, category, venue, startsAt, status);
            long type = next(c, "ticket_type_seq");
            update(
                    c,
                    "insert into ticket_type (id, event_id, name, price_amount, price_currency, capacity)"
                            + " values (?, ?, 'Standard', ?, 'EUR', ?)",
                    type,
                    event,
                    new BigDecimal(price),
                    capacity);
            long allotment = 0;
            if ("PUBLISHED".equals(status)) {
                allotment = next(c, "allotment_seq");
                update(
                        c,
                        "insert into allotment (id, ticket_type_id, capacity, taken, version) values (?, ?, ?, 0, 1)",
                        allotment,
                        type,
                        capacity);
            }
            priced(c, event);
            c.commit();
            return new GaEvent(event, type, allotment, venue, title, city);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new event category with this name and slug; the id of the row. */
    public static long category(String name, String slug) {
        try (Connection c = connect()) {
            long id = next(c, "category_seq");
            update(c, "insert into category (id, name, slug) values (?, ?, ?)", id, name, slug);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A draft event (seen by no customer) in the given category, at a venue of its own; the event's id. */
    public static long draftEventIn(long categoryId, String title) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long venue = newVenue(c, "Hall of " + title, "Hamburg");
            long event =
                    newEvent(c, title, categoryId, venue, OffsetDateTime.now().plusDays(40), "DRAFT");
            c.commit();
            return event;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A published general-admission event at an existing venue (so that several events share one),
     * in a category of its own, with one ticket type and its allotment.
     */
    public static GaEvent publishedEventAt(
            long venueId, String title, OffsetDateTime startsAt, String price, int capacity) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long category = newCategory(c);
            long event = newEvent(c, title, category, venueId, startsAt, "PUBLISHED");
            long type = next(c, "ticket_type_seq");
            update(
                    c,
                    "insert into ticket_type (id, event_id, name, price_amount, price_currency, capacity)"
                            + " values (?, ?, 'Standard', ?, 'EUR', ?)",
                    type,
                    event,
                    new BigDecimal(price),
                    capacity);
            long allotment = next(c, "allotment_seq");
            update(
                    c,
                    "insert into allotment (id, ticket_type_id, capacity, taken, version) values (?, ?, ?, 0, 1)",
                    allotment,
                    type,
                    capacity);
            String city;
            try (PreparedStatement statement = prepare(c, "select city from venue where id = ?", venueId);
                    ResultSet result = statement.executeQuery()) {
                result.next();
                city = result.getString(1);
            }
            priced(c, event);
            c.commit();
            return new GaEvent(event, type, allotment, venueId, title, city);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another general-admission ticket type of a published event, with its allotment; the allotment's id. */
    public static long addTicketType(long eventId, String name, String price, int capacity) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long type = next(c, "ticket_type_seq");
            update(
                    c,
                    "insert into ticket_type (id, event_id, name, price_amount, price_currency, capacity)"
                            + " values (?, ?, ?, ?, 'EUR', ?)",
                    type,
                    eventId,
                    name,
                    new BigDecimal(price),
                    capacity);
            long allotment = next(c, "allotment_seq");
            update(
                    c,
                    "insert into allotment (id, ticket_type_id, capacity, taken, version) values (?, ?, ?, 0, 1)",
                    allotment,
                    type,
                    capacity);
            priced(c, eventId);
            c.commit();
            return allotment;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the event's venue to another city: seated test events all start in the same one. */
    public static void moveVenueOf(long eventId, String city) {
        execute("update venue set city = ? where id = (select venue_id from event where id = ?)", city, eventId);
    }

    public static void execute(String sql, Object... parameters) {
        try (Connection c = connect()) {
            update(c, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... parameters) {
        try (Connection c = connect();
                PreparedStatement statement = prepare(c, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as the database holds it (null when there is no row). */
    public static String text(String sql, Object... parameters) {
        try (Connection c = connect();
                PreparedStatement statement = prepare(c, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jakarta Security's Pbkdf2PasswordHash format: algorithm:iterations:salt:hash, in Base64. */
    static String pbkdf2(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 2048, 256))
                    .getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:2048:" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the rows go instead of the shared test database, while a test says so; else null. */
    private static volatile DataSource elsewhere;

    /**
     * Writes the rows of the following calls to this database (one whose schema a platform of its
     * own migrated, as ClusterIT's), until called with null: back to the shared test database.
     */
    public static void writeTo(DataSource database) {
        elsewhere = database;
    }

    /** The schema is the platform's: it exists once the shared platform has started and migrated it. */
    private static Connection connect() throws SQLException {
        DataSource database = elsewhere;
        if (database != null) {
            return database.getConnection();
        }
        Platform.baseUri();
        return TestDatabase.connect();
    }

    /** A category of its own, so that a test's filters find only its events. */
    private static long newCategory(Connection c) throws SQLException {
        long category = next(c, "category_seq");
        String slug = unique("it");
        update(c, "insert into category (id, name, slug) values (?, ?, ?)", category, slug, slug);
        return category;
    }

    private static long newVenue(Connection c, String name, String city) throws SQLException {
        long venue = next(c, "venue_seq");
        update(
                c,
                "insert into venue (id, name, address, city, zone_id, version) values (?, ?, ?, ?, ?, 1)",
                venue,
                name,
                "1 Test Street",
                city,
                ZoneId.of("Europe/Berlin").getId());
        return venue;
    }

    /** An event of two hours; its description names its title. */
    private static long newEvent(
            Connection c, String title, long category, long venue, OffsetDateTime startsAt, String status)
            throws SQLException {
        long event = next(c, "event_seq");
        update(
                c,
                "insert into event (id, title, description, category_id, venue_id, starts_at, ends_at, status,"
                        + " duration_seconds, version) values (?, ?, ?, ?, ?, ?, ?, ?, 7200, 1)",
                event,
                title,
                "Described: " + title,
                category,
                venue,
                startsAt,
                startsAt.plusHours(2),
                status);
        return event;
    }

    /**
     * The cheapest price and the tickets left of a published event, as publication sets them (rows
     * inserted here bypass it); later changes to its inventory are recounted by the platform.
     */
    private static void priced(Connection c, long event) throws SQLException {
        update(
                c,
                "update event set price_from = (select min(t.price_amount) from ticket_type t where t.event_id = ?),"
                        + " price_to = (select max(t.price_amount) from ticket_type t where t.event_id = ?),"
                        + " tickets_left = (select coalesce(sum(a.capacity - a.taken), 0) from allotment a"
                        + " join ticket_type t on t.id = a.ticket_type_id where t.event_id = ?)"
                        + " + (select count(*) from event_seat s where s.event_id = ? and s.status = 'FREE')"
                        + " where id = ? and status <> 'DRAFT'",
                event,
                event,
                event,
                event,
                event);
    }

    private static long next(Connection c, String sequence) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("select nextval('" + sequence + "')");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
