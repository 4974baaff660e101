package org.boxoffice.api.support;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A refund from the case's booking, as an admin's refund: {@code ticketIds} (their price and
 * service fee go back, unless {@code amount} says how much) and/or an {@code amount} such as {@code
 * "12.50"} in the booking's currency; {@code caseVersion} as for every desk action; {@code answer}
 * optional, written to the customer.
 */
public record CaseRefundRequest(
        @NotNull(message = "is required") Long caseVersion, List<String> ticketIds, String amount, String answer) {}
