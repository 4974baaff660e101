/**
 * The Jakarta Batch job {@code sales-report} (its XML in {@code META-INF/batch-jobs}), what starts
 * it (an admin through {@link org.boxoffice.sales.batch.SalesReportJobs}, the nightly schedule in
 * {@link org.boxoffice.sales.batch.NightlySalesReports}), and its reader, processor and writer,
 * which sum up the organisation's events a part at a time through {@link
 * org.boxoffice.sales.boundary.SalesReports}. The figures step checkpoints the last event it
 * summed up, so a failed report is restarted at the chunk where it stopped.
 */
package org.boxoffice.sales.batch;
