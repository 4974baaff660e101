package org.boxoffice.support.entity;

import java.util.Arrays;
import java.util.Locale;
import org.boxoffice.support.entity.SupportException.Reason;

/** What a case is about: every kind but {@link #GENERAL} is about one of the customer's bookings. */
public enum CaseKind {
    QUESTION,
    PROBLEM,
    CANCELLATION_REQUEST,
    REFUND_REQUEST,
    GENERAL;

    public boolean needsBooking() {
        return this != GENERAL;
    }

    /**
     * A kind as a client writes it: {@code REFUND_REQUEST} or {@code refund-request}.
     *
     * @throws SupportException invalid-kind
     */
    public static CaseKind parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values())
                .filter(kind -> kind.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new SupportException(Reason.INVALID_KIND, String.valueOf(text)));
    }
}
