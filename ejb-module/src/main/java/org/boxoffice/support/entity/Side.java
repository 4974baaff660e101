package org.boxoffice.support.entity;

/** Who wrote a message: the case's customer, the support desk (support staff and admins), or an organizer of the event. */
public enum Side {
    CUSTOMER,
    STAFF,
    ORGANIZER
}
