package org.boxoffice.sales.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.boxoffice.sales.boundary.SalesReports;

/**
 * Writes the report's CSV and spreadsheet from its lines, and completes it. A whole file is written
 * in one go (a restart writes it again from the lines), so this step is a batchlet; it reads the
 * lines a part at a time and keeps only a window of the spreadsheet's rows in memory.
 */
@Named
@Dependent
public class SalesReportFiles extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    SalesReports reports;

    @Override
    public String process() {
        reports.writeFiles(ReportId.of(job));
        return BatchStatus.COMPLETED.name();
    }
}
