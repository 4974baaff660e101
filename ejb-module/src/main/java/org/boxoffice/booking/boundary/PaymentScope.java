package org.boxoffice.booking.boundary;

import java.util.Locale;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;

/**
 * Whose payments a list of the transaction history covers: {@code MINE} the signed-in customer's
 * own, {@code ORGANISATION} those of the events of the organizer's organisation, {@code ALL} every
 * payment, for admins.
 */
public enum PaymentScope {
    MINE(Role.CUSTOMER),
    ORGANISATION(Role.ORGANIZER),
    ALL(Role.ADMIN);

    private final Role role;

    PaymentScope(Role role) {
        this.role = role;
    }

    /** The role this scope needs: a customer's own payments need the role CUSTOMER, and so on. */
    public Role role() {
        return role;
    }

    /** Whether the account has the role this scope needs. */
    public boolean isOpenTo(Account account) {
        return account.has(role);
    }

    /** As the API spells it: {@code mine}, {@code organisation}, {@code all}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the account sees, in this scope, a payment of this payer for an event of this
     * organisation (empty: of none): its own in {@code MINE}, its organisation's in {@code
     * ORGANISATION}, any in {@code ALL}; none in a scope whose role it does not have.
     */
    public boolean covers(Account viewer, long payerId, Optional<Long> organisationId) {
        if (!isOpenTo(viewer)) {
            return false;
        }
        return switch (this) {
            case MINE -> viewer.id() != null && viewer.id() == payerId;
            case ORGANISATION ->
                viewer.organisationAsOrganizer()
                        .map(own -> organisationId.equals(Optional.of(own)))
                        .orElse(false);
            case ALL -> true;
        };
    }
}
