package org.boxoffice.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.PublicKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.platform.control.BusinessEvent;
import org.boxoffice.platform.control.BusinessMetrics;
import org.boxoffice.platform.control.LockTimeouts;
import org.boxoffice.ticket.control.InvalidTicketCodeException;
import org.boxoffice.ticket.control.OfflineScans;
import org.boxoffice.ticket.control.SeatNames;
import org.boxoffice.ticket.control.TicketCodes;
import org.boxoffice.ticket.control.TicketDocuments;
import org.boxoffice.ticket.control.TicketPayload;
import org.boxoffice.ticket.entity.ScannerToken;
import org.boxoffice.ticket.entity.Ticket;
import org.boxoffice.ticket.entity.TicketStatus;
import org.boxoffice.webhook.boundary.WebhookOutbox;
import org.boxoffice.webhook.entity.WebhookTopic;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Admission at the door: a scanned code lets its ticket's holder in once. The code's signature is
 * checked first ({@link TicketCodes}), then whether this doorkeeper admits to the code's event,
 * then the ticket is marked admitted with one conditional update, so that two gates scanning the
 * same ticket at the same moment let it in once. Scans made offline are uploaded in batches, where
 * the earliest scan of a ticket is its admission ({@link OfflineScans}). The check-in list gives a
 * scanner what it needs to work offline, and the figures show the organizer how entry goes.
 *
 * <p>A refusal that ends a single scan is thrown; in a batch each scan's refusal is reported with
 * the others, and the admissions of the batch are kept.
 */
@Stateless
public class Admissions {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    /** Tickets read at once into an IN list (holders, seats, locks). */
    static final int CHUNK = 500;

    /** The width of the intervals of the figures. */
    static final int INTERVAL_SECONDS = 300;

    /** The longest page of the check-in list, and the usual one. */
    public static final int LIST_MAX = 10_000;

    public static final int LIST_DEFAULT = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketCodes codes;

    @Inject
    Catalog catalog;

    @Inject
    LockTimeouts lockTimeouts;

    @Inject
    SeatNames seatNames;

    @Inject
    BusinessMetrics metrics;

    @Inject
    WebhookOutbox webhooks;

    /** A ticket that let its holder in: what the door shows. */
    public record Admission(
            long ticketId,
            long eventId,
            long bookingId,
            String ticketType,
            String seat,
            String holderFirstName,
            OffsetDateTime admittedAt,
            String gate) {

        /** The ticket type, and the seat where there is one: "Stalls · Stalls, row A, seat 3". */
        public String label() {
            return TicketDocuments.admission(ticketType, seat);
        }
    }

    /**
     * Admits the ticket of the code at {@code gate} (a scanner token with a gate of its own records
     * that one), now.
     *
     * @throws CheckInException INVALID_CODE for a code that is not genuine, OTHER_EVENT for a
     *     genuine code of an event this doorkeeper does not admit to, UNKNOWN_TICKET when there is
     *     no such ticket, TICKET_VOID for a cancelled or refunded one
     * @throws AlreadyAdmittedException for a ticket that let someone in before
     * @throws org.boxoffice.ticket.entity.ScannerTokenException GATE for a gate that does not fit
     */
    public Admission admit(Doorkeeper who, String code, String gate, Locale language) {
        // a refusal is counted at once: its transaction rolls back, but the door had its answer
        try {
            Admission admission = admitNow(who, code, gate, language);
            metrics.afterCommit(BusinessEvent.checkIn(Outcome.ADMITTED));
            return admission;
        } catch (AlreadyAdmittedException e) {
            metrics.count(BusinessEvent.checkIn(Outcome.ALREADY_USED));
            throw e;
        } catch (BusinessException e) {
            metrics.count(BusinessEvent.checkIn(Outcome.REFUSED));
            throw e;
        }
    }

    private Admission admitNow(Doorkeeper who, String code, String gate, Locale language) {
        TicketPayload payload = verify(code);
        Event event = eventOfCode(who, payload);
        String atGate = gateOf(who, gate);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int admitted = em.createNamedQuery(Ticket.ADMIT)
                .setParameter("at", now)
                .setParameter("gate", atGate)
                .setParameter("account", who.accountId())
                .setParameter("scanner", who.scannerId())
                .setParameter("client", who.clientId())
                .setParameter("id", payload.ticketId())
                .setParameter("event", payload.eventId())
                .executeUpdate();
        // read after the update: what it wrote, or the admission of the scan that came first
        AtDoor ticket = atDoor(payload.ticketId());
        if (admitted == 0) {
            throw refusal(ticket, payload, event);
        }
        checkedIn(payload.ticketId(), ticket.bookingId(), event, now, atGate);
        return admission(payload.ticketId(), ticket, event, language);
    }

    /** What the door shows of a ticket, read in one query ({@link Ticket#AT_DOOR}). */
    private record AtDoor(
            long eventId,
            TicketStatus status,
            OffsetDateTime admittedAt,
            String gate,
            long bookingId,
            String ticketType,
            String holder,
            String section,
            String row,
            int seatNumber) {}

    /** The ticket's row as the door shows it; null when there is no ticket with the id. */
    private AtDoor atDoor(long ticketId) {
        return em.createNamedQuery(Ticket.AT_DOOR, Object[].class)
                .setParameter("id", ticketId)
                .getResultStream()
                .findFirst()
                .map(row -> new AtDoor(
                        (Long) row[0],
                        (TicketStatus) row[1],
                        (OffsetDateTime) row[2],
                        (String) row[3],
                        (Long) row[4],
                        (String) row[5],
                        (String) row[6],
                        (String) row[7],
                        (String) row[8],
                        row[9] == null ? 0 : (Integer) row[9]))
                .orElse(null);
    }

    // ------------------------------------------------------------------ batches of offline scans

    /** A scan made offline: the code, the gate, and when it was scanned (a date-time with offset). */
    public record Scan(String code, String gate, String scannedAt) {}

    /** What became of a scan of a batch. */
    public enum Outcome {
        /** This scan is the ticket's admission. */
        ADMITTED,
        /** The ticket was admitted at the same time or earlier: this scan is a duplicate. */
        ALREADY_USED,
        /** Not admitted for another reason: see the refusal. */
        REFUSED
    }

    /**
     * The result of one scan of a batch, at its position in the upload. For ADMITTED, {@code
     * admittedAt} and {@code gate} are this scan's, and {@code replaced} the later admission recorded
     * before that this scan took the place of (that one is the duplicate); for ALREADY_USED they are
     * those of the admission that stays. {@code refusal} is the reason of ALREADY_USED and REFUSED.
     */
    public record ScanResult(
            int index,
            Outcome outcome,
            Long ticketId,
            OffsetDateTime admittedAt,
            String gate,
            Replaced replaced,
            BusinessException refusal) {}

    /** An admission that an earlier offline scan replaced. */
    public record Replaced(OffsetDateTime admittedAt, String gate) {}

    private record Verified(int index, TicketPayload payload, Event event, String gate, OffsetDateTime at) {}

    /**
     * Applies scans made offline, in the order of their times: a scan admits its ticket when it is
     * the earliest recorded, and is a duplicate otherwise. The tickets' rows are locked in id order
     * while the batch is applied, so that scans at the door and other uploads wait for it.
     *
     * @return one result per scan, in the order of {@code scans}
     * @throws CheckInException BUSY when other scans keep the rows locked past the bounded wait
     */
    public List<ScanResult> admitBatch(Doorkeeper who, List<Scan> scans, Locale language) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ScanResult[] results = new ScanResult[scans.size()];
        List<Verified> verified = new ArrayList<>();
        Map<Long, Event> events = new HashMap<>();
        for (int i = 0; i < scans.size(); i++) {
            Scan scan = scans.get(i);
            try {
                if (scan == null) {
                    throw new CheckInException(CheckInException.Reason.INVALID_CODE);
                }
                TicketPayload payload = verify(scan.code());
                Event event = events.get(payload.eventId());
                if (event == null) {
                    event = eventOfCode(who, payload);
                    events.put(payload.eventId(), event);
                }
                String gate = gateOf(who, scan.gate());
                OffsetDateTime at = OfflineScans.scanTime(scan.scannedAt(), now)
                        .orElseThrow(() -> new CheckInException(
                                CheckInException.Reason.SCAN_TIME, String.valueOf(scan.scannedAt())));
                verified.add(new Verified(i, payload, event, gate, at));
            } catch (BusinessException refused) {
                results[i] = new ScanResult(i, Outcome.REFUSED, null, null, null, null, refused);
            }
        }
        Map<Long, Ticket> tickets = lockTickets(
                verified.stream().map(scan -> scan.payload().ticketId()).toList());
        List<Integer> order =
                OfflineScans.order(verified.stream().map(Verified::at).toList());
        for (int position : order) {
            Verified scan = verified.get(position);
            results[scan.index()] = apply(who, scan, tickets.get(scan.payload().ticketId()));
        }
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        for (ScanResult result : results) {
            outcomes.merge(result.outcome(), 1L, Long::sum);
        }
        outcomes.forEach((outcome, times) -> metrics.afterCommit(BusinessEvent.checkIns(outcome, times)));
        return List.of(results);
    }

    private ScanResult apply(Doorkeeper who, Verified scan, Ticket ticket) {
        TicketPayload payload = scan.payload();
        if (ticket == null || ticket.eventId() != payload.eventId()) {
            return refused(scan, new CheckInException(CheckInException.Reason.UNKNOWN_TICKET, payload.ticketId()));
        }
        if (!ticket.isValid()) {
            return refused(scan, new CheckInException(CheckInException.Reason.TICKET_VOID, payload.ticketId()));
        }
        OffsetDateTime before = ticket.admittedAt().orElse(null);
        if (!OfflineScans.admits(scan.at(), before)) {
            return new ScanResult(
                    scan.index(),
                    Outcome.ALREADY_USED,
                    ticket.id(),
                    inZone(before, scan.event()),
                    ticket.admittedGate().orElse(null),
                    null,
                    new AlreadyAdmittedException(
                            ticket.id(),
                            before,
                            ticket.admittedGate().orElse(null),
                            scan.event().venue().zone()));
        }
        Replaced replaced = before == null
                ? null
                : new Replaced(
                        inZone(before, scan.event()), ticket.admittedGate().orElse(null));
        ticket.admit(scan.at(), scan.gate(), who.accountId(), who.scannerId(), who.clientId());
        if (replaced == null) {
            checkedIn(ticket.id(), ticket.bookingId(), scan.event(), scan.at(), scan.gate());
        }
        return new ScanResult(
                scan.index(),
                Outcome.ADMITTED,
                ticket.id(),
                inZone(scan.at(), scan.event()),
                scan.gate(),
                replaced,
                null);
    }

    /** Tells the webhooks of the event's organisation (and the admins') of a ticket's first admission. */
    private void checkedIn(long ticketId, long bookingId, Event event, OffsetDateTime at, String gate) {
        var data = Json.createObjectBuilder()
                .add("ticketId", String.valueOf(ticketId))
                .add("bookingId", String.valueOf(bookingId))
                .add("eventId", String.valueOf(event.id()))
                .add("admittedAt", at.toString());
        if (gate != null) {
            data.add("gate", gate);
        }
        webhooks.publish(WebhookTopic.TICKET_CHECKED_IN, event.organisationId().orElse(null), data.build());
    }

    private static ScanResult refused(Verified scan, BusinessException refusal) {
        return new ScanResult(scan.index(), Outcome.REFUSED, scan.payload().ticketId(), null, null, null, refusal);
    }

    /** The tickets of these ids, their rows locked in id order (no deadlock between two batches). */
    private Map<Long, Ticket> lockTickets(List<Long> ids) {
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        Map<Long, Ticket> tickets = new HashMap<>();
        if (sorted.isEmpty()) {
            return tickets;
        }
        lockTimeouts.bounded(
                em,
                () -> {
                    for (int from = 0; from < sorted.size(); from += CHUNK) {
                        em.createQuery("select t from Ticket t where t.id in :ids order by t.id", Ticket.class)
                                .setParameter("ids", sorted.subList(from, Math.min(sorted.size(), from + CHUNK)))
                                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                                .getResultList()
                                .forEach(ticket -> tickets.put(ticket.id(), ticket));
                    }
                    return tickets;
                },
                busy -> new CheckInException(CheckInException.Reason.BUSY));
        return tickets;
    }

    // ------------------------------------------------------------------ the check-in list

    /** A ticket of the check-in list: {@code valid} false for a cancelled one (its code is revoked). */
    public record ListedTicket(
            long id, boolean valid, String label, String holderFirstName, OffsetDateTime admittedAt, String gate) {}

    /**
     * A page of the check-in list: the keys that verify codes, the event's tickets after {@code
     * after} in id order, how many tickets the event has, and the id to ask for the next page after
     * (null on the last page).
     */
    public record CheckInList(
            long eventId,
            String eventTitle,
            ZoneId zone,
            OffsetDateTime generatedAt,
            Map<Integer, PublicKey> keys,
            List<ListedTicket> tickets,
            long total,
            Long next) {}

    /**
     * What a scanner needs to admit to the event offline, a page at a time: up to {@code size}
     * tickets with ids after {@code after} (0 for the first page).
     *
     * @throws CheckInException NOT_THIS_EVENT for a scanner token of another event
     * @throws UnknownEventException for an event that does not exist or is not the organizer's organisation's
     */
    public CheckInList list(Doorkeeper who, long eventId, long after, int size, Locale language) {
        Event event = eventOf(who, eventId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Ticket> page = em.createNamedQuery(Ticket.OF_EVENT_AFTER, Ticket.class)
                .setParameter("event", eventId)
                .setParameter("after", after)
                .setMaxResults(size + 1)
                .getResultList();
        boolean more = page.size() > size;
        List<Ticket> tickets = more ? page.subList(0, size) : page;
        Map<Long, String> types = typeNames(event);
        Map<Long, String> seats = seatNames.of(tickets, language);
        Map<Long, String> holders = holderFirstNames(
                tickets.stream().filter(Ticket::isValid).map(Ticket::bookingId).toList());
        List<ListedTicket> listed = new ArrayList<>(tickets.size());
        for (Ticket ticket : tickets) {
            listed.add(
                    ticket.isValid()
                            ? new ListedTicket(
                                    ticket.id(),
                                    true,
                                    TicketDocuments.admission(
                                            types.get(ticket.ticketTypeId()), seats.get(ticket.seatId())),
                                    holders.get(ticket.bookingId()),
                                    ticket.admittedAt()
                                            .map(at -> inZone(at, event))
                                            .orElse(null),
                                    ticket.admittedGate().orElse(null))
                            : new ListedTicket(ticket.id(), false, null, null, null, null));
        }
        long total = em.createNamedQuery(Ticket.COUNT_OF_EVENT, Long.class)
                .setParameter("event", eventId)
                .getSingleResult();
        return new CheckInList(
                eventId,
                event.title(),
                event.venue().zone(),
                inZone(now, event),
                codes.publicKeys(),
                listed,
                total,
                more ? tickets.get(tickets.size() - 1).id() : null);
    }

    // ------------------------------------------------------------------ the figures

    /** Admissions at one gate (null: scans that named none). */
    public record GateFigure(String gate, long admitted) {}

    /** Admissions in the five minutes from {@code from}. */
    public record IntervalFigure(OffsetDateTime from, long admitted) {}

    /**
     * How entry goes: tickets admitted of those that let in (valid ones), per gate (most first) and
     * per five minutes (in time order, intervals without admissions left out).
     */
    public record Figures(
            long eventId,
            long expected,
            long admitted,
            List<GateFigure> gates,
            List<IntervalFigure> intervals,
            ZoneId zone) {}

    /**
     * The event's admission figures.
     *
     * @throws CheckInException NOT_THIS_EVENT for a scanner token of another event
     * @throws UnknownEventException for an event that does not exist or is not the organizer's organisation's
     */
    public Figures figures(Doorkeeper who, long eventId) {
        Event event = eventOf(who, eventId);
        long expected = em.createNamedQuery(Ticket.COUNT_VALID_OF_EVENT, Long.class)
                .setParameter("event", eventId)
                .getSingleResult();
        List<GateFigure> gates = new ArrayList<>();
        long admitted = 0;
        for (Object[] row : em.createNamedQuery(Ticket.ADMITTED_BY_GATE, Object[].class)
                .setParameter("event", eventId)
                .getResultList()) {
            long count = ((Number) row[1]).longValue();
            gates.add(new GateFigure((String) row[0], count));
            admitted += count;
        }
        // seconds since 1970 in five-minute steps; EXTRACT(EPOCH ...) reads the same on PostgreSQL and H2
        String interval = "floor(extract(epoch from admitted_at) / " + INTERVAL_SECONDS + ")";
        List<?> rows = em.createNativeQuery("select " + interval + ", count(*) from ticket where event_id = ?"
                        + " and admitted_at is not null group by " + interval + " order by " + interval)
                .setParameter(1, eventId)
                .getResultList();
        List<IntervalFigure> intervals = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long step = ((Number) columns[0]).longValue();
            intervals.add(new IntervalFigure(
                    inZone(
                            OffsetDateTime.ofInstant(Instant.ofEpochSecond(step * INTERVAL_SECONDS), ZoneOffset.UTC),
                            event),
                    ((Number) columns[1]).longValue()));
        }
        return new Figures(
                eventId, expected, admitted, gates, intervals, event.venue().zone());
    }

    // ------------------------------------------------------------------ rules shared by the above

    private TicketPayload verify(String code) {
        try {
            // as typed at the door: spaces and hyphens between groups of characters do not count
            return codes.verify(code == null ? null : SEPARATORS.matcher(code).replaceAll(""));
        } catch (InvalidTicketCodeException invalid) {
            throw new CheckInException(invalid);
        }
    }

    /**
     * The event of a genuine code, when this doorkeeper admits to it: a scanner token to its own
     * event, an organizer to the organisation's, an admin to any.
     */
    private Event eventOfCode(Doorkeeper who, TicketPayload payload) {
        long eventId = payload.eventId();
        if (who instanceof Doorkeeper.Scanner scanner && scanner.eventId() != eventId) {
            throw new CheckInException(CheckInException.Reason.OTHER_EVENT);
        }
        // with its venue (the zone of the times) and category in one query: a scan reads no more of it
        Optional<Event> event = em.createNamedQuery(Event.WITH_VENUE, Event.class)
                .setParameter("id", eventId)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .getResultStream()
                .findFirst();
        if (!admits(who, event)) {
            throw new CheckInException(CheckInException.Reason.OTHER_EVENT);
        }
        // a genuine code of an event that does not exist names no ticket either
        return event.orElseThrow(
                () -> new CheckInException(CheckInException.Reason.UNKNOWN_TICKET, payload.ticketId()));
    }

    /** The event whose list or figures this doorkeeper may read. */
    private Event eventOf(Doorkeeper who, long eventId) {
        if (who instanceof Doorkeeper.Scanner scanner && scanner.eventId() != eventId) {
            throw new CheckInException(CheckInException.Reason.NOT_THIS_EVENT);
        }
        Optional<Event> event = catalog.findEvent(eventId);
        if (!admits(who, event)) {
            throw new UnknownEventException(eventId);
        }
        return event.orElseThrow(() -> new UnknownEventException(eventId));
    }

    /** Whether staff or an API client opens the door of this event (a scanner token's event is checked before). */
    private static boolean admits(Doorkeeper who, Optional<Event> event) {
        Optional<Long> organisation = event.flatMap(Event::organisationId);
        if (who instanceof Doorkeeper.Staff staff) {
            return staff.admitsTo(organisation);
        }
        if (who instanceof Doorkeeper.Client client) {
            return organisation.equals(Optional.of(client.organisationId()));
        }
        return true;
    }

    /** The gate of a scan: the scanner token's own, or else the one the scan names. */
    private static String gateOf(Doorkeeper who, String gate) {
        if (who instanceof Doorkeeper.Scanner scanner && scanner.gate() != null) {
            return scanner.gate();
        }
        return ScannerToken.gate(gate);
    }

    private static BusinessException refusal(AtDoor ticket, TicketPayload payload, Event event) {
        if (ticket == null || ticket.eventId() != payload.eventId()) {
            return new CheckInException(CheckInException.Reason.UNKNOWN_TICKET, payload.ticketId());
        }
        if (ticket.status() != TicketStatus.VALID) {
            return new CheckInException(CheckInException.Reason.TICKET_VOID, payload.ticketId());
        }
        return new AlreadyAdmittedException(
                payload.ticketId(),
                ticket.admittedAt(),
                ticket.gate(),
                event.venue().zone());
    }

    private static Admission admission(long ticketId, AtDoor ticket, Event event, Locale language) {
        // a general-admission place: no seat joined, so no section (a seat always has one)
        String seat = ticket.section() == null
                ? null
                : TicketDocuments.seat(
                        TicketDocuments.language(List.of(language)),
                        ticket.section(),
                        ticket.row(),
                        ticket.seatNumber());
        return new Admission(
                ticketId,
                ticket.eventId(),
                ticket.bookingId(),
                ticket.ticketType(),
                seat,
                firstName(ticket.holder()),
                inZone(ticket.admittedAt(), event),
                ticket.gate());
    }

    private static Map<Long, String> typeNames(Event event) {
        Map<Long, String> names = new HashMap<>();
        for (TicketType type : event.ticketTypes()) {
            names.put(type.id(), type.name());
        }
        return names;
    }

    /**
     * The first names of the holders of these bookings (the first word of the customer's name), by
     * booking: all the door needs to greet someone, and no more of their personal data.
     */
    private Map<Long, String> holderFirstNames(List<Long> bookingIds) {
        List<Long> ids = bookingIds.stream().distinct().toList();
        Map<Long, String> names = new TreeMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Object[] row : em.createQuery(
                            "select b.id, a.displayName from Booking b, Account a"
                                    + " where a.id = b.accountId and b.id in :ids",
                            Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList()) {
                names.put((Long) row[0], firstName((String) row[1]));
            }
        }
        return names;
    }

    /** The first word of a name; null for none. */
    static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.strip().split("\\s+", 2)[0];
    }

    private static OffsetDateTime inZone(OffsetDateTime at, Event event) {
        return at == null ? null : at.atZoneSameInstant(event.venue().zone()).toOffsetDateTime();
    }
}
