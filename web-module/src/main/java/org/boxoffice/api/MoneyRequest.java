package org.boxoffice.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Money as a request writes it, as answers do: {@code {"amount": "49.50", "currency": "EUR"}}. */
public record MoneyRequest(
        @NotNull(message = "is required: an amount such as 49.50")
        @Pattern(regexp = "-?\\d{1,12}(\\.\\d{1,12})?", message = "must be an amount such as 49.50")
        String amount,

        @NotNull(message = "is required: an ISO 4217 code such as EUR")
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency) {}
