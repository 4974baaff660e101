/**
 * The search benchmark: the platform started by its own launcher on an embedded
 * PostgreSQL, a generated catalog of 100,000 events and 5,000,000 event seats, and search and seat
 * map requests timed over HTTP. A standalone program, not part of the platform's build, so that its
 * minutes of data generation never run in a normal build; {@code bench/search/run} starts it.
 */
package org.boxoffice.bench.search;
