package org.boxoffice.ticket.control;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/** A picture in which no barcode can be read: each {@link Reason} has its own code and message. */
public class UnreadableBarcodeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why nothing was read. */
    public enum Reason {
        /** Not a PNG or JPEG, or one that is broken or cut off. */
        NOT_AN_IMAGE,
        /** More pixels than are worth decoding. */
        TOO_MANY_PIXELS,
        /** A picture, but no barcode of the symbologies tickets use could be read in it. */
        NONE_FOUND;

        /** The last part of the message code, such as {@code none-found}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public UnreadableBarcodeException(Reason reason) {
        super(Kind.INVALID, "barcode." + reason.key(), BarcodeReader.MAX_PIXELS);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
