package org.boxoffice.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new API client: a {@code name} to know it by, its {@code scopes} ({@code catalog:read},
 * {@code bookings:write}, {@code checkins:write}, {@code sales:read}, {@code reports:read}), and
 * optionally a lower {@code rateLimit} (requests per window) than the platform's. An admin names
 * the {@code organisationId} whose data it reaches, or none; an organizer's client is always its
 * own organisation's, and the field is ignored.
 */
public record ApiClientRequest(
        @NotBlank(message = "is required: a name to know the client by")
        @Size(max = 80, message = "is longer than 80 characters")
        String name,

        @NotEmpty(message = "is required: one or more scopes") @Size(max = 10, message = "has more than 10 entries")
        List<@Size(max = 40, message = "is longer than 40 characters") String> scopes,

        Integer rateLimit,

        @Size(max = 20, message = "is longer than 20 characters")
        String organisationId) {}
