package org.boxoffice.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Another name for an event category; its slug stays. */
public record CategoryNameRequest(
        @NotBlank(message = "is required") @Size(max = 80, message = "is longer than 80 characters")
        String name) {}
