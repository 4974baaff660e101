package org.boxoffice.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new organizer organisation. Its name is unique, whatever its case. */
public record OrganisationRequest(
        @NotBlank(message = "is required") @Size(max = 150, message = "is longer than 150 characters")
        String name) {}
