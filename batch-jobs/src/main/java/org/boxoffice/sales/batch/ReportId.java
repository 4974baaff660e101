package org.boxoffice.sales.batch;

import jakarta.batch.runtime.context.JobContext;

/** The sales report a job execution makes: its id, the job property {@code report}. */
final class ReportId {

    private ReportId() {}

    static long of(JobContext job) {
        String report = job.getProperties().getProperty("report");
        if (report == null || report.isBlank()) {
            throw new IllegalStateException(
                    "the job " + job.getJobName() + " was started without the parameter report");
        }
        return Long.parseLong(report.strip());
    }
}
