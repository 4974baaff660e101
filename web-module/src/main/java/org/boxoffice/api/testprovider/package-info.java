/**
 * The built-in test payment provider: a stand-in for a real card/PayPal/wallet provider, spoken to
 * over HTTP by {@code org.boxoffice.payment.control.TestProviderGateway} exactly as a real provider
 * would be. Test card numbers approve, decline or ask for a 3-D Secure challenge (see
 * docs/booking.md). It moves no money and keeps its charges in memory.
 */
package org.boxoffice.api.testprovider;
