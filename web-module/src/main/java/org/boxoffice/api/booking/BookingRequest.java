package org.boxoffice.api.booking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What to hold, as the API contract writes it: {@code {"eventId": "12", "seats": ["101", "102"]}}
 * and/or {@code "items": [{"ticketTypeId": "7", "quantity": 2}]} (general admission), or {@code
 * "bestAvailable": {"ticketTypeId": "5", "quantity": 4}} (the platform chooses the seats).
 */
public record BookingRequest(
        @NotBlank(message = "is required") String eventId,

        @Size(max = 100, message = "has more than 100 seats")
        List<@NotBlank(message = "must be seat ids") String> seats,

        @Size(max = 20, message = "has more than 20 items") List<@Valid @NotNull(message = "must be items") Item> items,
        @Valid Item bestAvailable) {

    /** A quantity of a general-admission ticket type. */
    public record Item(
            @NotBlank(message = "is required") String ticketTypeId,

            @NotNull(message = "is required") @Max(value = 100, message = "must be at most 100")
            Integer quantity) {}
}
