package org.boxoffice.payment.boundary;

/**
 * The provider says that it took the money of one of our payment attempts (a webhook, the
 * reconciliation). Fired in the transaction that records it; the booking component observes it
 * and decides what the booking does with the money, through {@link Charges}.
 *
 * @param providerReference the provider's id of the charge
 */
public record ProviderCharged(long paymentId, long bookingId, String providerReference) {}
