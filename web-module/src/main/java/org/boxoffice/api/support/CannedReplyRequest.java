package org.boxoffice.api.support;

/** A canned reply: {@code {"title": "Tickets resent", "body": "...", "language": "en"}}. */
public record CannedReplyRequest(String title, String body, String language) {}
