package org.boxoffice.api.organizer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new section: reserved seats generated from {@code rows} x {@code seatsPerRow} of one {@code
 * category}, or, with {@code standing: true}, a general-admission area of {@code capacity}.
 */
public record SectionRequest(
        @NotBlank(message = "is required") @Size(max = 80, message = "is longer than 80 characters")
        String name,

        boolean standing,
        Integer rows,
        Integer seatsPerRow,

        @Size(max = 30, message = "is longer than 30 characters")
        String category,

        Integer capacity) {}
