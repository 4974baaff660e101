package org.boxoffice.payment.boundary;

import java.util.List;

/**
 * Attempts that waited for the customer were given up (their hold ended, a newer attempt replaced
 * them): the provider's charges behind them are to be cancelled once the giving up has committed.
 *
 * @param providerReferences the provider's ids of the charges (Stripe's PaymentIntents)
 */
public record ChargesAbandoned(List<String> providerReferences) {

    public ChargesAbandoned {
        providerReferences = List.copyOf(providerReferences);
    }
}
