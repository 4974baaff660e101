package org.boxoffice.api.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.boxoffice.api.MoneyRequest;

/**
 * A ticket type of a draft, in a new event's {@code ticketTypes} or added to a draft later: reserved
 * seats of the venue (those of a seated section {@code sectionId}, of a seat category {@code
 * seatCategory}, or of a category within a section), or general admission of {@code capacity}.
 */
public record TicketTypeRequest(
        @NotBlank(message = "is required") @Size(max = 80, message = "is longer than 80 characters")
        String name,

        @Valid @NotNull(message = "is required: {\"amount\": \"12.50\", \"currency\": \"EUR\"}")
        MoneyRequest price,

        String sectionId,

        @Size(max = 30, message = "is longer than 30 characters")
        String seatCategory,

        Integer capacity) {}
