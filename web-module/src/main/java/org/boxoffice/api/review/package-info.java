/**
 * Reviews over HTTP: an event's reviews and rating figures ({@code /api/v1/events/{eventId}/reviews}),
 * one review and what users do with it ({@code /api/v1/reviews/{reviewId}}: edit, helpful, reports,
 * the organizer's answer, hide and restore), and the moderation queue ({@code
 * /api/v1/moderation/reviews}). The resources only translate; {@code
 * org.boxoffice.review.boundary.Reviews} decides.
 */
package org.boxoffice.api.review;
