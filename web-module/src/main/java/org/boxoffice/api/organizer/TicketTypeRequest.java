package org.boxoffice.api.organizer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A ticket type of a draft: reserved seats of the venue (those of a seated section {@code
 * sectionId}, of a seat category {@code seatCategory}, or of a category within a section), or
 * general admission of {@code capacity}. The amount is a string such as {@code "49.50"}, as money
 * is written in answers.
 */
public record TicketTypeRequest(
        @NotBlank(message = "is required") @Size(max = 80, message = "is longer than 80 characters")
        String name,

        @NotNull(message = "is required: an amount such as 49.50")
        @Pattern(regexp = "-?\\d{1,12}(\\.\\d{1,12})?", message = "must be an amount such as 49.50")
        String amount,

        @NotNull(message = "is required: an ISO 4217 code such as EUR")
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency,

        String sectionId,

        @Size(max = 30, message = "is longer than 30 characters")
        String seatCategory,

        Integer capacity) {}
