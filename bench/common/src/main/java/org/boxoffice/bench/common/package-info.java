/**
 * What the benchmarks share around their measurements: the frame of a run ({@link
 * org.boxoffice.bench.common.Harness}: checks, start and stop), its command line, the platform
 * started by its own launcher, the embedded PostgreSQL it runs on and the machine line of a
 * result; and for the benches that act as the platform's users, their RS256 tokens ({@link
 * org.boxoffice.bench.common.Tokens}) and accounts ({@link org.boxoffice.bench.common.Accounts}),
 * the set-up's JSON calls ({@link org.boxoffice.bench.common.Api}), rows written by SQL beside the
 * platform's ({@link org.boxoffice.bench.common.Sql}), the outcome of checks by queries ({@link
 * org.boxoffice.bench.common.Violations}), the load generators' HTTP client ({@link org.boxoffice.bench.common.BlockingHttp}) and where a step's CPU
 * went ({@link org.boxoffice.bench.common.Cpu}). A library of the standalone benches under {@code
 * bench/}, not part of the platform's build; their run scripts install it into the local Maven
 * repository before building them.
 */
package org.boxoffice.bench.common;
