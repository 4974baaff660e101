/**
 * The signed-in person's own pages ({@code /my/*}): profile, password and address, privacy
 * preferences, their data and closing the account, and their bookings (paying, tickets,
 * cancelling). Each action works on the account of the current session only, never on an id from
 * the page: a booking id in an address opens only a booking of that account.
 */
package org.boxoffice.web.my;
