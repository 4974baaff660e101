package org.boxoffice.api.organizer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Seats of the venue to give a category, and to mark accessible or never for sale. */
public record SeatChangeRequest(
        @NotEmpty(message = "is required: the ids of the seats to change")
        @Size(max = 5000, message = "has more than 5,000 seats")
        List<@NotNull(message = "must be seat ids") Long> seatIds,

        @NotBlank(message = "is required") @Size(max = 30, message = "is longer than 30 characters")
        String category,

        boolean accessible,
        boolean blocked) {}
