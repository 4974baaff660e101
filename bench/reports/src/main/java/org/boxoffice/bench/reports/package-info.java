/**
 * The nightly sales report of a day of 1,000,000 tickets: the day written by SQL, the
 * {@code sales-report} job timed over the API, the platform's heap from its GC log, and where the
 * database's time goes. Started by {@code bench/reports/run}; the figures go to docs/PERFORMANCE.md.
 */
package org.boxoffice.bench.reports;
