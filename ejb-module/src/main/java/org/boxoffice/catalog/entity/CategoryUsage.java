package org.boxoffice.catalog.entity;

/**
 * A category and how many events use it, drafts and cancelled ones included: a category in use
 * cannot be deleted.
 */
public record CategoryUsage(Category category, long events) {}
