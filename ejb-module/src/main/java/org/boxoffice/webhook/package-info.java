/**
 * Outgoing webhooks: integrators subscribe URLs to the platform's events (bookings confirmed,
 * cancelled, refunded; tickets checked in; events changed, cancelled), organizers for their
 * organisation's, admins for all. A change writes one delivery per matching subscription in its own
 * transaction (the outbox) and queues it; a listener posts it, signed with the subscription's
 * secret, outside any transaction, and a timer on each instance takes up what is due again (retries,
 * deliveries whose sender died) with conditional updates, so that several instances share the work
 * without sending a delivery twice.
 */
package org.boxoffice.webhook;
