package org.boxoffice.api.ticket;

import java.security.PublicKey;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.boxoffice.ticket.boundary.Admissions;

/**
 * A page of what a scanner needs to admit to an event offline: the keys that verify ticket codes,
 * and of the tickets with ids after the page's start, the valid ones with their label and holder's
 * first name, the ids of the cancelled ones (codes that must no longer let in), and those admitted
 * so far. {@code next} is the {@code after} of the next page; null on the last one.
 */
public record CheckinListView(
        String eventId,
        String eventTitle,
        String zone,
        OffsetDateTime generatedAt,
        List<KeyView> keys,
        List<TicketEntry> tickets,
        List<String> revoked,
        List<AdmittedEntry> admitted,
        long total,
        String next) {

    /**
     * A public key that verifies ticket codes: its id (the second field of a code), and the key as
     * base64 of its X.509 form (SubjectPublicKeyInfo), which {@code crypto.subtle.importKey("spki",
     * ...)} takes; {@code pem} is the same as PEM. A code's signature covers {@code
     * "boxoffice.ticket\0"} followed by its payload (docs/tickets.md).
     */
    public record KeyView(String keyId, String algorithm, String publicKey, String pem) {}

    /** A valid ticket: what the door shows for it. */
    public record TicketEntry(String id, String label, String holderFirstName) {}

    /** A ticket admitted so far: when (in the event's zone's offset) and at which gate. */
    public record AdmittedEntry(String ticketId, OffsetDateTime admittedAt, String gate) {}

    static CheckinListView of(Admissions.CheckInList list) {
        List<KeyView> keys = new ArrayList<>();
        for (Map.Entry<Integer, PublicKey> key : new TreeMap<>(list.keys()).entrySet()) {
            String base64 = Base64.getEncoder().encodeToString(key.getValue().getEncoded());
            String pem = "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
            keys.add(new KeyView(String.valueOf(key.getKey()), "Ed25519", base64, pem));
        }
        List<TicketEntry> tickets = new ArrayList<>();
        List<String> revoked = new ArrayList<>();
        List<AdmittedEntry> admitted = new ArrayList<>();
        for (Admissions.ListedTicket ticket : list.tickets()) {
            String id = String.valueOf(ticket.id());
            if (!ticket.valid()) {
                revoked.add(id);
                continue;
            }
            tickets.add(new TicketEntry(id, ticket.label(), ticket.holderFirstName()));
            if (ticket.admittedAt() != null) {
                admitted.add(new AdmittedEntry(id, ticket.admittedAt(), ticket.gate()));
            }
        }
        return new CheckinListView(
                String.valueOf(list.eventId()),
                list.eventTitle(),
                list.zone().getId(),
                list.generatedAt(),
                keys,
                tickets,
                revoked,
                admitted,
                list.total(),
                list.next() == null ? null : String.valueOf(list.next()));
    }
}
