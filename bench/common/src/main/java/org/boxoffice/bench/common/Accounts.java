package org.boxoffice.bench.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The accounts a bench acts as, written by SQL as the integration tests write them (the API makes
 * no customer without a mail to confirm), each with a token of the run's ({@link Tokens}); and the
 * category the bench's events are filed under. Ids are taken as {@link Sql#reserve} takes them, so
 * that the platform's own inserts never meet them.
 */
public final class Accounts {

    /** An account the bench acts as, and its token. */
    public record Account(long id, String email, String token) {}

    private final Connection c;
    private final Tokens tokens;
    private final Duration lifetime;

    /** Writes on {@code connection}, which commits each statement; tokens valid for {@code lifetime}. */
    public Accounts(Connection connection, Tokens tokens, Duration lifetime) {
        this.c = connection;
        this.tokens = tokens;
        this.lifetime = lifetime;
    }

    /** bench-organizer@bench.invalid, an organizer of a new organisation named {@code organisation}. */
    public Account organizer(String organisation) throws SQLException {
        long id = Sql.reserve(c, "organisation", 1);
        Sql.execute(
                c,
                "insert into organisation (id, name, created_at, version) values (" + id + ", '"
                        + organisation.replace("'", "''") + "', now(), 1)");
        return account("bench-organizer@bench.invalid", "Bench organizer", "ORGANIZER", id);
    }

    /** bench-admin@bench.invalid, an admin. */
    public Account admin() throws SQLException {
        return account("bench-admin@bench.invalid", "Bench admin", "ADMIN", null);
    }

    /** {@code count} customers, bench-customer-0@bench.invalid and on, with consecutive ids. */
    public List<Account> customers(int count) throws SQLException {
        long first = Sql.reserve(c, "account", count);
        Sql.execute(
                c,
                "insert into account (id, email, display_name, password_hash, status, created_at, version)"
                        + " select " + first + " + i, 'bench-customer-' || i || '@bench.invalid',"
                        + " 'Bench customer ' || i, '!', 'ACTIVE', now(), 1"
                        + " from generate_series(0, " + (count - 1) + ") i");
        Sql.execute(
                c,
                "insert into account_role (account_id, role) select " + first
                        + " + i, 'CUSTOMER' from generate_series(0, " + (count - 1) + ") i");
        List<Account> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "bench-customer-" + i + "@bench.invalid";
            customers.add(new Account(first + i, email, tokens.token(first + i, email, lifetime, "CUSTOMER")));
        }
        return customers;
    }

    /** The category "Bench" (slug {@code bench}), which the bench's events name. */
    public void category() throws SQLException {
        long id = Sql.reserve(c, "category", 1);
        Sql.execute(c, "insert into category (id, name, slug) values (" + id + ", 'Bench', 'bench')");
    }

    /** An active account with one role, of the organisation if not null; no password to sign in with. */
    private Account account(String email, String name, String role, Long organisation) throws SQLException {
        long id = Sql.reserve(c, "account", 1);
        Sql.execute(
                c,
                "insert into account (id, email, display_name, password_hash, status, created_at, version,"
                        + " organisation_id) values (" + id + ", '" + email + "', '" + name
                        + "', '!', 'ACTIVE', now(), 1, " + organisation + ")");
        Sql.execute(c, "insert into account_role (account_id, role) values (" + id + ", '" + role + "')");
        return new Account(id, email, tokens.token(id, email, lifetime, role));
    }
}
