package org.boxoffice.api.account;

import java.time.format.DateTimeFormatter;
import org.boxoffice.account.entity.Consent;

/** One consent record: what, granted or withdrawn, to which version of the text, when. */
public record ConsentView(String kind, boolean granted, String textVersion, String recordedAt) {

    static ConsentView of(Consent consent) {
        return new ConsentView(
                consent.kind().name(),
                consent.isGranted(),
                consent.textVersion(),
                consent.recordedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
}
