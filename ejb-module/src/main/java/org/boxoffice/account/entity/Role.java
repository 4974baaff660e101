package org.boxoffice.account.entity;

/** What an account may do. The names are the groups of API tokens and the roles of the pages. */
public enum Role {
    CUSTOMER,
    ORGANIZER,
    SUPPORT,
    /** An organisation's finance contact: reads its sales reports, and gets them by mail. */
    FINANCE,
    ADMIN;

    public static final String CUSTOMER_ROLE = "CUSTOMER";
    public static final String ORGANIZER_ROLE = "ORGANIZER";
    public static final String SUPPORT_ROLE = "SUPPORT";
    public static final String FINANCE_ROLE = "FINANCE";
    public static final String ADMIN_ROLE = "ADMIN";

    /**
     * The group of scanner tokens, which admit tickets of one event at the door: never an account's
     * role, so it is no constant of this enum.
     */
    public static final String SCANNER_ROLE = "SCANNER";
}
