package org.boxoffice.reconciliation.batch;

import jakarta.batch.runtime.context.JobContext;

/** The reconciliation run a job execution does: its id, the job property {@code run}. */
final class JobRun {

    private JobRun() {}

    static long of(JobContext job) {
        String run = job.getProperties().getProperty("run");
        if (run == null || run.isBlank()) {
            throw new IllegalStateException("the job " + job.getJobName() + " was started without the parameter run");
        }
        return Long.parseLong(run.strip());
    }
}
