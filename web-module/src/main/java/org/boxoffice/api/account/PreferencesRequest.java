package org.boxoffice.api.account;

import jakarta.validation.constraints.NotNull;

/** Privacy preferences: marketing mail and analytics, each switched on or off. */
public record PreferencesRequest(
        @NotNull(message = "is required (true or false)") Boolean marketing,
        @NotNull(message = "is required (true or false)") Boolean analytics) {}
