package org.boxoffice.api.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * An organisation's service fee per ticket, a string such as {@code "1.50"} as money is written in
 * answers: 0 to 9999.99, at most 2 decimals, in the currency of each event booked.
 */
public record ServiceFeeRequest(
        @NotNull(message = "is required: an amount such as 1.50")
        @Pattern(regexp = "\\d{1,4}(\\.\\d{1,2})?", message = "must be an amount from 0 to 9999.99 such as 1.50")
        String serviceFee) {

    BigDecimal amount() {
        return new BigDecimal(serviceFee);
    }
}
