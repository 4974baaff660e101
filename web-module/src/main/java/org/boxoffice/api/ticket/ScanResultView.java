package org.boxoffice.api.ticket;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.boxoffice.ticket.boundary.Admissions;
import org.boxoffice.ticket.boundary.AlreadyAdmittedException;

/**
 * What became of one uploaded scan, at its {@code index} in the upload: {@code ADMITTED} (this scan
 * is the admission; {@code replaced} is the later admission recorded before, now the duplicate),
 * {@code ALREADY_USED} (the admission at {@code admittedAt} and {@code gate} stays) or {@code
 * REFUSED}. A refusal has the {@code code}, {@code title} and {@code detail} that the single check-in
 * would have answered as a problem.
 */
public record ScanResultView(
        int index,
        String result,
        String ticketId,
        OffsetDateTime admittedAt,
        String gate,
        ReplacedView replaced,
        String code,
        String title,
        String detail) {

    /** An admission that an earlier scan took the place of. */
    public record ReplacedView(OffsetDateTime admittedAt, String gate) {}

    static ScanResultView of(Admissions.ScanResult result, Locale language) {
        String ticket = result.ticketId() == null ? null : String.valueOf(result.ticketId());
        ReplacedView replaced = result.replaced() == null
                ? null
                : new ReplacedView(
                        result.replaced().admittedAt(), result.replaced().gate());
        if (result.refusal() == null) {
            return new ScanResultView(
                    result.index(),
                    result.outcome().name(),
                    ticket,
                    result.admittedAt(),
                    result.gate(),
                    replaced,
                    null,
                    null,
                    null);
        }
        boolean used = result.refusal() instanceof AlreadyAdmittedException;
        return new ScanResultView(
                result.index(),
                result.outcome().name(),
                ticket,
                used ? result.admittedAt() : null,
                used ? result.gate() : null,
                null,
                result.refusal().code(),
                result.refusal().title(language),
                result.refusal().message(language));
    }
}
