package org.boxoffice.ticket.boundary;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.boxoffice.platform.BusinessException;

/** The ticket let someone in before: when, and at which gate (none when the scan named none). */
public class AlreadyAdmittedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final long ticketId;
    private final OffsetDateTime admittedAt;
    private final String gate;

    /** @param zone the event's, in which the message tells the time */
    public AlreadyAdmittedException(long ticketId, OffsetDateTime admittedAt, String gate, ZoneId zone) {
        super(
                Kind.CONFLICT,
                "checkin.already-used",
                admittedAt.atZoneSameInstant(zone).format(LOCAL) + " (" + zone.getId() + ")",
                gate == null ? 0 : 1,
                gate == null ? "" : gate);
        this.ticketId = ticketId;
        this.admittedAt = admittedAt.atZoneSameInstant(zone).toOffsetDateTime();
        this.gate = gate;
    }

    public long ticketId() {
        return ticketId;
    }

    /** With the offset of the event's zone at that moment. */
    public OffsetDateTime admittedAt() {
        return admittedAt;
    }

    public Optional<String> gate() {
        return Optional.ofNullable(gate);
    }
}
