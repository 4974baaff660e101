/**
 * The booking benchmark: the platform started by its own launcher on an embedded
 * PostgreSQL, events made through the organizer API, holds sent over HTTP with customers' tokens by
 * 1 to 64 clients, the same transaction in plain SQL run by pgbench on the same database, and the
 * books checked for overselling after each step. A standalone program, not part of the platform's
 * build; {@code bench/booking/run} starts it.
 */
package org.boxoffice.bench.booking;
