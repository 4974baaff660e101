package org.boxoffice.api.review;

/**
 * The organizer's public answer to a review: {@code {"text": "..."}}, 1 to 2000 characters (checked
 * by the review component: {@code review.invalid-answer}).
 */
public record AnswerRequest(String text) {}
