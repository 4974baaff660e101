package org.boxoffice.api.admin;

import jakarta.validation.constraints.NotBlank;

/** The organisation an organizer is to act for, by its id. */
public record MembershipRequest(
        @NotBlank(message = "is required") String organisationId) {}
