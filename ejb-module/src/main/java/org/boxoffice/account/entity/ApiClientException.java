package org.boxoffice.account.entity;

import java.util.Locale;
import org.boxoffice.platform.BusinessException;

/** An API client that cannot be registered, found or used as asked: each {@link Reason} has its code. */
public class ApiClientException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why; the code is {@code api-client.} and the reason in lower case with hyphens. */
    public enum Reason {
        /** No client of this id that the caller may see. */
        UNKNOWN(Kind.NOT_FOUND),
        /** A name that is empty, too long or has control characters. */
        NAME(Kind.INVALID),
        /** No scope, or one that does not exist. */
        SCOPE(Kind.INVALID),
        /** A scope that reaches an organisation's data, for a client of no organisation. */
        SCOPE_NEEDS_ORGANISATION(Kind.INVALID),
        /** A rate limit below 1 or above the platform's. */
        RATE_LIMIT(Kind.INVALID),
        /** A client id and secret that do not match an active client (OAuth's invalid_client). */
        INVALID_CLIENT(Kind.UNAUTHENTICATED),
        /** A token request without its grant type, client id or secret (OAuth's invalid_request). */
        INVALID_REQUEST(Kind.MALFORMED),
        /** A grant type the token endpoint does not know (OAuth's unsupported_grant_type). */
        UNSUPPORTED_GRANT(Kind.MALFORMED),
        /** A client acting for a customer names no customer, or one that is no active customer. */
        UNKNOWN_CUSTOMER(Kind.INVALID),
        /** A client of an organisation books only that organisation's events. */
        OTHER_ORGANISATION(Kind.FORBIDDEN);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        /** The last part of the code, such as {@code invalid-client}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String code() {
            return "api-client." + key();
        }
    }

    private final Reason reason;

    public ApiClientException(Reason reason, Object... arguments) {
        super(reason.kind, "api-client." + reason.key(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The OAuth 2.0 error code (RFC 6749 5.2) of a refused token request; null for other refusals. */
    public String oauthError() {
        return switch (reason) {
            case INVALID_CLIENT -> "invalid_client";
            case INVALID_REQUEST -> "invalid_request";
            case UNSUPPORTED_GRANT -> "unsupported_grant_type";
            default -> null;
        };
    }
}
