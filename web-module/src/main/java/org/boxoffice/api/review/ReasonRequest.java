package org.boxoffice.api.review;

/**
 * Why a user reports a review, or why a moderator hides or restores one: {@code {"reason": "..."}},
 * 1 to 1000 characters (checked by the review component: {@code review.invalid-reason}).
 */
public record ReasonRequest(String reason) {}
