package org.boxoffice.catalog.entity;

/**
 * One field of an event changed by its organizer, with its value before and after as text (times
 * as ISO-8601 with the venue's offset, the category as its slug). Null for a value not set, such
 * as an open sales start.
 */
public record FieldChange(String field, String oldValue, String newValue) {}
