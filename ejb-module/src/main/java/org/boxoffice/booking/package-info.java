/**
 * Bookings: a customer's claim on seats and general-admission places of one event, from the hold
 * through payment to confirmation, expiry, cancellation or refund. The {@code Booking} entity owns
 * its state machine; the {@code Bookings} boundary owns the transaction and takes the inventory
 * rows, locked in one global order with a bounded wait, so that no seat is sold twice.
 */
package org.boxoffice.booking;
