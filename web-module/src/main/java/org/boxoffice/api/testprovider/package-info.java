/**
 * The built-in test payment provider's HTTP API: a stand-in for a real card/PayPal/wallet provider,
 * spoken to over HTTP by {@code org.boxoffice.payment.control.TestProviderGateway} exactly as a real
 * provider would be. The resource only reads requests and writes answers; the provider's book, its
 * rules and its webhooks are {@code org.boxoffice.testprovider} (see docs/booking.md).
 */
package org.boxoffice.api.testprovider;
