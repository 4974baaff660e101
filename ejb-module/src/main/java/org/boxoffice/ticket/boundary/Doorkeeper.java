package org.boxoffice.ticket.boundary;

import org.boxoffice.account.entity.Account;

/**
 * Who scans tickets: a signed-in admin (any event) or organizer (the organisation's events), or a
 * scanner token of one event, whose gate, when it has one, is the gate of all its scans.
 */
public sealed interface Doorkeeper {

    /** An account with the role ADMIN or ORGANIZER. */
    record Staff(Account account) implements Doorkeeper {}

    /** A scanner token that was found active for this request. */
    record Scanner(long tokenId, long eventId, String gate) implements Doorkeeper {}
}
