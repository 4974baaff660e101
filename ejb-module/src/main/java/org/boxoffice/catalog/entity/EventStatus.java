package org.boxoffice.catalog.entity;

public enum EventStatus {
    /** Being prepared by its organizer; not visible to customers. */
    DRAFT,
    /** On sale and visible; its inventory exists. */
    PUBLISHED,
    CANCELLED
}
