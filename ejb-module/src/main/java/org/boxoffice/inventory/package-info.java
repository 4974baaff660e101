/**
 * What can be sold, row by row: an {@code Allotment} of a general-admission ticket type's capacity,
 * and an {@code EventSeat} per reserved seat of a published event. Rows exist from the moment an
 * event is published. Taking from them locks the rows with PESSIMISTIC_WRITE and a bounded wait
 * (see {@code org.boxoffice.platform.control.LockTimeouts}), so no seat is sold twice and no
 * capacity oversold, and a buyer who meets a busy row gets a clear conflict instead of a hang.
 */
package org.boxoffice.inventory;
