/**
 * What the booking and the search benchmark share around their measurements: the frame of a run
 * ({@link org.boxoffice.bench.common.Harness}: checks, start and stop), its command line, the
 * platform started by its own launcher, the embedded PostgreSQL it runs on and the machine line of
 * a result. A library of the standalone benches under {@code bench/}, not part of the platform's
 * build; their run scripts install it into the local Maven repository before building them.
 */
package org.boxoffice.bench.common;
