package org.boxoffice.api.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A setting's new value, written as in MicroProfile Config: {@code "PT3M"} or {@code "3"} (minutes)
 * for a duration, {@code "2"} for a number, {@code "1.50 EUR"} for a fee, {@code "a@example.org,
 * b@example.org"} for addresses ({@code ""} for none), {@code "boxoffice <no-reply@example.org>"}
 * for the sender. Its type and range are checked by the setting.
 */
public record SettingRequest(
        @NotNull(message = "is required: the setting's value as text")
        @Size(max = 2000, message = "is longer than 2000 characters")
        String value) {}
