package org.boxoffice.support.entity;

import java.util.Arrays;
import java.util.Locale;
import org.boxoffice.support.entity.SupportException.Reason;

/**
 * Where a case stands: {@code OPEN} waits for the desk (new, or the customer wrote last), {@code
 * WAITING_FOR_CUSTOMER} for the customer (the desk or an organizer answered), {@code RESOLVED} the
 * desk thinks it done (the customer may still write, which opens it again), {@code CLOSED} takes no
 * more messages until the desk reopens it.
 */
public enum CaseState {
    OPEN,
    WAITING_FOR_CUSTOMER,
    RESOLVED,
    CLOSED;

    /**
     * A state as a client writes it: {@code WAITING_FOR_CUSTOMER} or {@code waiting-for-customer}.
     *
     * @throws SupportException invalid-state
     */
    public static CaseState parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values())
                .filter(state -> state.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new SupportException(Reason.INVALID_STATE, String.valueOf(text)));
    }
}
