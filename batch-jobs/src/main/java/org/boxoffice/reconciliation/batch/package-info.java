/**
 * The Jakarta Batch job {@code payment-reconciliation} (its XML in {@code META-INF/batch-jobs}),
 * what starts it (an admin through {@link org.boxoffice.reconciliation.batch.ReconciliationJobs},
 * the nightly schedule in {@link org.boxoffice.reconciliation.batch.NightlyReconciliation}) and its
 * readers and writers, which read a part at a time and hand it to {@link
 * org.boxoffice.reconciliation.boundary.Reconciliations}. Each step checkpoints where it is, so a
 * failed run is restarted where it stopped.
 */
package org.boxoffice.reconciliation.batch;
