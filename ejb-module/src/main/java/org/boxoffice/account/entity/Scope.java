package org.boxoffice.account.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an API client may do. The scope strings are the {@code scope} of its tokens and, as the
 * {@code groups} of the token, the roles that the API's endpoints allow.
 */
public enum Scope {
    /** Reads the public catalog: events, seat maps, categories, venues. */
    CATALOG_READ(Scope.CATALOG_READ_SCOPE, false),
    /** Holds, pays and cancels bookings for a customer it names. */
    BOOKINGS_WRITE(Scope.BOOKINGS_WRITE_SCOPE, false),
    /** Checks tickets in at the door of its organisation's events. */
    CHECKINS_WRITE(Scope.CHECKINS_WRITE_SCOPE, true),
    /** Reads the sales figures of its organisation's events. */
    SALES_READ(Scope.SALES_READ_SCOPE, true),
    /** Reads and downloads its organisation's nightly sales reports. */
    REPORTS_READ(Scope.REPORTS_READ_SCOPE, true);

    public static final String CATALOG_READ_SCOPE = "catalog:read";
    public static final String BOOKINGS_WRITE_SCOPE = "bookings:write";
    public static final String CHECKINS_WRITE_SCOPE = "checkins:write";
    public static final String SALES_READ_SCOPE = "sales:read";
    public static final String REPORTS_READ_SCOPE = "reports:read";

    /**
     * The group every API client's token has beside its scopes: never an account's role, so that an
     * endpoint tells client tokens from account tokens.
     */
    public static final String CLIENT_ROLE = "API_CLIENT";

    private final String value;
    private final boolean organisationBound;

    Scope(String value, boolean organisationBound) {
        this.value = value;
        this.organisationBound = organisationBound;
    }

    /** The scope string, such as {@code catalog:read}. */
    public String value() {
        return value;
    }

    /** Whether the scope reaches an organisation's data, so that a client without one cannot have it. */
    public boolean isOrganisationBound() {
        return organisationBound;
    }

    public static Optional<Scope> of(String value) {
        return Arrays.stream(values())
                .filter(scope -> scope.value.equals(value))
                .findFirst();
    }
}
