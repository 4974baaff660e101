package org.boxoffice.api.organizer;

import java.time.format.DateTimeFormatter;
import org.boxoffice.catalog.entity.EventChange;

/**
 * A field of a published event that its organizer changed, with the values before and after as
 * text (times with the venue's offset, the category as its slug); a value not set is left out.
 */
public record EventChangeView(String field, String oldValue, String newValue, String changedAt, String actorId) {

    static EventChangeView of(EventChange change) {
        return new EventChangeView(
                change.field(),
                change.oldValue(),
                change.newValue(),
                change.changedAt()
                        .atZoneSameInstant(change.event().venue().zone())
                        .toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                change.actorId() == null ? null : String.valueOf(change.actorId()));
    }
}
