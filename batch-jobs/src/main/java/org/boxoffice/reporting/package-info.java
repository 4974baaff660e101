/**
 * Reports made by Jakarta Batch jobs, and the history of all the application's jobs: the job XML
 * lives in {@code META-INF/batch-jobs}, its readers, processors and writers are {@code @Named}
 * beans here. The batch runtime keeps its job repository in the application's database (set by the
 * post-boot commands).
 */
package org.boxoffice.reporting;
