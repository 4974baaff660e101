/**
 * The customers' bookings over HTTP: {@code POST /api/v1/bookings} holds seats and places (with an
 * {@code Idempotency-Key}), {@code GET} reads one's own bookings. The resources only translate;
 * {@code org.boxoffice.booking.boundary.Bookings} decides.
 */
package org.boxoffice.api.booking;
