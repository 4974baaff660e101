package org.boxoffice.testprovider.entity;

import java.util.Locale;

/** How a test charge stands; its name in the API and the table is the lower-case one. */
public enum ChargeStatus {
    REQUIRES_ACTION,
    SUCCEEDED,
    DECLINED,
    PARTIALLY_REFUNDED,
    REFUNDED;

    /** {@code requires_action}, {@code succeeded} ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChargeStatus ofWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Whether the money was taken: succeeded, and later refunded or not. */
    public boolean charged() {
        return this == SUCCEEDED || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }
}
