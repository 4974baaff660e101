/**
 * The reconciliation of our payments and refunds with the payment provider's own records, one day
 * at a time: what the provider charged or refunded that we do not know of, what we count as paid
 * or refunded that the provider does not, amounts that differ, and attempts left pending. Each run
 * is a report ({@code reconciliation_run}, {@code reconciliation_difference}) that admins read; a
 * charge the provider took for an attempt we hold open or gave up is settled through the booking
 * component, as the provider's webhook would, and an attempt pending for long with no charge is
 * given up. The Jakarta Batch job that runs it, and its nightly schedule, are in the batch-jobs
 * module ({@code org.boxoffice.reconciliation.batch}).
 */
package org.boxoffice.reconciliation;
