package org.boxoffice.sales.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.boxoffice.sales.boundary.SalesReports;
import org.boxoffice.sales.entity.SalesFigures;

/** Records the lines of a part of the events, in the chunk's transaction with its checkpoint. */
@Named
@Dependent
public class SalesLineWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    SalesReports reports;

    @Override
    public void writeItems(List<Object> items) {
        List<SalesFigures> lines = new ArrayList<>();
        for (Object item : items) {
            for (Object line : (List<?>) item) {
                lines.add((SalesFigures) line);
            }
        }
        reports.record(ReportId.of(job), lines);
    }
}
