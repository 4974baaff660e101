package org.boxoffice.api.organizer;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Seats of an event to hold back from sale or to release, by seat id (as the seat map gives them). */
public record SeatsRequest(
        @NotEmpty(message = "is required: the ids of the seats")
        @Size(max = 5000, message = "has more than 5,000 seats")
        List<@NotNull(message = "must be seat ids") Long> seatIds) {

    /**
     * The largest body of a request that lists seats: 5,000 ids of up to 19 digits with their commas,
     * and room to spare (the API's default limit would cut such a list short).
     */
    public static final long MAX_BYTES = 256 * 1024;
}
