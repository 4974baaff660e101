/**
 * Payments: the attempts to pay a booking through a {@code PaymentGateway} (the built-in test
 * provider by default), their outcome (succeeded, declined, waiting for the customer's challenge),
 * refunds, and each customer's transaction history. Card numbers pass through to the provider and
 * are never stored: a payment keeps the card's brand and last four digits only.
 */
package org.boxoffice.payment;
