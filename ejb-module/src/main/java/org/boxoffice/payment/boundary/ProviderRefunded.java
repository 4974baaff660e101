package org.boxoffice.payment.boundary;

import org.boxoffice.payment.entity.RefundReason;

/**
 * The provider says that the money of a refund it had accepted, and not carried out at once, went
 * back (a webhook). Fired in the transaction that records it; the booking component observes it and
 * tells the customer.
 */
public record ProviderRefunded(long refundId, long paymentId, long bookingId, RefundReason reason) {}
