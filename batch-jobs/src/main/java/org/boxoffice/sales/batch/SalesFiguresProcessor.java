package org.boxoffice.sales.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.boxoffice.sales.boundary.SalesReports;
import org.boxoffice.sales.entity.SalesFigures;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sums up one event's day in the database: its lines, one per ticket type and currency; none (the
 * item is left out) when nothing happened.
 *
 * <p>For the tests of restarting: when {@code boxoffice.reports.fail-at-event} is set, the first
 * execution of a report's job fails on an event whose title starts with it, in the middle of the
 * step; the restarted execution goes on.
 */
@Named
@Dependent
public class SalesFiguresProcessor implements jakarta.batch.api.chunk.ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    SalesReports reports;

    @Override
    public Object processItem(Object item) {
        long event = (Long) item;
        List<SalesFigures> lines = reports.figures(ReportId.of(job), event);
        failForTests(lines);
        return lines.isEmpty() ? null : lines;
    }

    private void failForTests(List<SalesFigures> lines) {
        Optional<String> marker =
                ConfigProvider.getConfig().getOptionalValue("boxoffice.reports.fail-at-event", String.class);
        if (marker.isEmpty() || marker.get().isBlank() || lines.isEmpty()) {
            return;
        }
        if (!lines.get(0).eventTitle().startsWith(marker.get())) {
            return;
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        if (operator.getJobExecutions(operator.getJobInstance(job.getExecutionId()))
                        .size()
                == 1) {
            throw new IllegalStateException("the report fails at event "
                    + lines.get(0).eventId() + " on its first run, as boxoffice.reports.fail-at-event asks");
        }
    }
}
