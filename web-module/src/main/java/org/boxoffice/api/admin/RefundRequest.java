package org.boxoffice.api.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A refund an admin gives: {@code {"ticketIds": ["1051", "1052"]}} for tickets at their price and
 * service fee,
 * {@code {"amount": "10.00"}} for an amount in the booking's currency, or both (the tickets,
 * for that amount).
 */
public record RefundRequest(
        @Size(max = 1000, message = "has more than 1000 tickets")
        List<
                        @NotNull(message = "must not be null")
                        @Pattern(regexp = "\\d{1,18}", message = "must be a ticket id") String>
                ticketIds,

        @Pattern(regexp = "\\d{1,10}(\\.\\d{1,3})?", message = "must be an amount above zero such as 10.00")
        String amount) {}
