package org.boxoffice.api.support;

/**
 * A new case: {@code {"kind": "REFUND_REQUEST", "bookingId": "4711", "subject": "...", "body": "..."}}.
 * {@code kind}: QUESTION, PROBLEM, CANCELLATION_REQUEST, REFUND_REQUEST (each about one of the
 * customer's bookings) or GENERAL (about none). Subject (1 to 200 characters) and body (the first
 * message, 1 to 8000) are checked by the support component, which answers with its own codes.
 */
public record OpenCaseRequest(String kind, String bookingId, String subject, String body) {}
