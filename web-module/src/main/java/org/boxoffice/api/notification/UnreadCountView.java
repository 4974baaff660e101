package org.boxoffice.api.notification;

/** How many of the person's notifications are unread. */
public record UnreadCountView(long unread) {}
