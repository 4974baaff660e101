package org.boxoffice.api.admin;

import jakarta.validation.constraints.Size;

/**
 * The zone an organisation counts its days in, for its sales reports: {@code {"zone":
 * "Europe/Berlin"}}; blank or null for the platform's ({@code boxoffice.reports.zone}).
 */
public record ZoneRequest(
        @Size(max = 60, message = "is longer than 60 characters")
        String zone) {}
