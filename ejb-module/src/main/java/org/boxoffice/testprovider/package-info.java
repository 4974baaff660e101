/**
 * The built-in test payment provider: a stand-in for an outside card/PayPal/wallet provider that
 * moves no money. The platform reaches it only over HTTP, through {@code
 * org.boxoffice.payment.control.TestProviderGateway}, exactly as it would reach a real provider, and
 * the provider answers only over HTTP too: its API ({@code /api/test-provider/v1}) and signed
 * webhooks to the platform. It keeps its charges, refunds and the webhook events it owes in tables
 * of its own ({@code test_provider_*}); test card numbers approve, decline or ask for a 3-D Secure
 * challenge (see docs/booking.md), and card numbers are never stored.
 */
package org.boxoffice.testprovider;
