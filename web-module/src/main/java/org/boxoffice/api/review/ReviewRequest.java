package org.boxoffice.api.review;

import jakarta.validation.constraints.NotNull;

/**
 * A review as its author writes it: {@code {"rating": 4, "text": "Great night"}}. The rating (1 to
 * 5) and the text (at most 4000 characters, optional) are checked by the review component, which
 * answers with its own codes.
 */
public record ReviewRequest(
        @NotNull(message = "is required") Integer rating, String text) {}
