package org.boxoffice.analytics.entity;

/** An event of the organisation to look at alone. */
public record EventChoice(long id, String title) {}
