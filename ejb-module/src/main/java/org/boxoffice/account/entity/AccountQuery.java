package org.boxoffice.account.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * What admins look for in the accounts: a piece of the e-mail address (or the account's id), a
 * role, a status; each left out (null) matches every account. Names are not searched: they are
 * encrypted at rest.
 */
public record AccountQuery(String text, Role role, Account.Status status) {

    /** The longest text searched for: an e-mail address's. */
    public static final int TEXT_MAX = 254;

    public static final AccountQuery ALL = new AccountQuery(null, null, null);

    public AccountQuery {
        // control characters are in no address (and PostgreSQL refuses a NUL in any text)
        text = text == null ? null : text.replaceAll("\\p{Cntrl}", "");
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        if (text != null && text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
    }

    /** The text as an account id, when it is a number: that account is found too. */
    public Optional<Long> id() {
        if (text == null || !text.chars().allMatch(Character::isDigit) || text.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }

    /**
     * The JPQL {@code from} and {@code where} clauses of this query over accounts {@code a}, with
     * its parameters named {@code text}, {@code id}, {@code role} and {@code status}. A role is
     * joined: an account holds each role once, so the join repeats no account.
     */
    public String jpql() {
        StringBuilder from = new StringBuilder("from Account a");
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (text != null) {
            where.append(
                    id().isPresent()
                            ? " and (locate(:text, a.email) > 0 or a.id = :id)"
                            : " and locate(:text, a.email) > 0");
        }
        if (role != null) {
            from.append(" join a.roles r");
            where.append(" and r = :role");
        }
        if (status != null) {
            where.append(" and a.status = :status");
        }
        return from.append(where).toString();
    }
}
