package org.boxoffice.api.organizer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new venue of the organizer's organisation; the zone is an IANA zone such as Europe/Berlin. */
public record VenueRequest(
        @NotBlank(message = "is required") @Size(max = 150, message = "is longer than 150 characters")
        String name,

        @NotBlank(message = "is required") @Size(max = 250, message = "is longer than 250 characters")
        String address,

        @NotBlank(message = "is required") @Size(max = 100, message = "is longer than 100 characters")
        String city,

        @NotBlank(message = "is required") @Size(max = 64, message = "is longer than 64 characters")
        String zoneId) {}
