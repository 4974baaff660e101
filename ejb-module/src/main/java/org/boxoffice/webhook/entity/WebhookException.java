package org.boxoffice.webhook.entity;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/**
 * A subscription or delivery that does not exist for the caller, or a subscription the platform
 * does not take: each {@link Reason} has its code, {@code webhook.} and the reason in lower case
 * with hyphens. Refusals of the request's fields name the field ({@link #field}).
 */
public class WebhookException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No such subscription of the caller's (its id). */
        UNKNOWN_SUBSCRIPTION(Kind.NOT_FOUND, null),
        /** No such delivery of the subscription (its id). */
        UNKNOWN_DELIVERY(Kind.NOT_FOUND, null),
        /** An event name that is not one of the topics (the name). */
        UNKNOWN_EVENT(Kind.INVALID, "events"),
        /** No event names at all. */
        NO_EVENTS(Kind.INVALID, "events"),
        /** Not an absolute http or https URL without user information (the URL). */
        INVALID_URL(Kind.INVALID, "url"),
        /** A host name that does not resolve (the host). */
        UNRESOLVED_HOST(Kind.INVALID, "url"),
        /** A host with a private or local address while those are not allowed (the host, the address). */
        PRIVATE_ADDRESS(Kind.INVALID, "url"),
        /** Only an organizer of an organisation or an admin subscribes. */
        NO_ORGANISATION(Kind.FORBIDDEN, null);

        private final Kind kind;
        private final String field;

        Reason(Kind kind, String field) {
            this.kind = kind;
            this.field = field;
        }

        /** The last part of the code, such as {@code unknown-event}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public WebhookException(Reason reason, Object... arguments) {
        super(reason.kind, "webhook." + reason.key(), asWritten(arguments));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The request's field that is refused, or null for a refusal of no one field. */
    public String field() {
        return reason.field;
    }
}
