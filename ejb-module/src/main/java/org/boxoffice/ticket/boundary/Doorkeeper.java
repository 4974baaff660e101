package org.boxoffice.ticket.boundary;

import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;

/**
 * Who scans tickets: a signed-in admin (any event) or organizer (the organisation's events), an API
 * client of an organisation (its events), or a scanner token of one event, whose gate, when it has
 * one, is the gate of all its scans.
 */
public sealed interface Doorkeeper {

    /** The account an admission records as its doorkeeper; null for a scanner token. */
    Long accountId();

    /** The scanner token an admission records as its doorkeeper; null for an account. */
    Long scannerId();

    /** The API client an admission records as its doorkeeper; null for others. */
    default String clientId() {
        return null;
    }

    /** An account with the role ADMIN or ORGANIZER. */
    record Staff(Account account) implements Doorkeeper {

        /**
         * Whether this account opens the door of an event of this organisation (empty: of none, or
         * no such event): an admin any, an organizer only the own organisation's.
         */
        public boolean admitsTo(Optional<Long> organisationId) {
            if (account.has(Role.ADMIN)) {
                return true;
            }
            Optional<Long> own = account.organisationAsOrganizer();
            return own.isPresent() && own.equals(organisationId);
        }

        @Override
        public Long accountId() {
            return account.id();
        }

        @Override
        public Long scannerId() {
            return null;
        }
    }

    /** An API client with the scope {@code checkins:write}: the events of its organisation. */
    record Client(String clientId, long organisationId) implements Doorkeeper {

        @Override
        public Long accountId() {
            return null;
        }

        @Override
        public Long scannerId() {
            return null;
        }
    }

    /** A scanner token that was found active for this request. */
    record Scanner(long tokenId, long eventId, String gate) implements Doorkeeper {

        @Override
        public Long accountId() {
            return null;
        }

        @Override
        public Long scannerId() {
            return tokenId;
        }
    }
}
