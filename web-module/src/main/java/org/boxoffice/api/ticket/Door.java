package org.boxoffice.api.ticket;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.boxoffice.api.account.ActingClient;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.ticket.boundary.Doorkeeper;

/**
 * Who scans in this request: the scanner token that {@link ScannerTokenFilter} found active, or
 * else the signed-in account (an admin or organizer, as the endpoints' roles allow).
 */
@RequestScoped
public class Door {

    @Inject
    SignedIn signedIn;

    private Doorkeeper.Scanner scanner;

    void scanner(Doorkeeper.Scanner scanner) {
        this.scanner = scanner;
    }

    @Inject
    ActingClient acting;

    public Doorkeeper keeper() {
        if (scanner != null) {
            return scanner;
        }
        if (acting.find().isPresent()) {
            return new Doorkeeper.Client(acting.find().get().clientId(), acting.organisation());
        }
        return new Doorkeeper.Staff(signedIn.get());
    }
}
