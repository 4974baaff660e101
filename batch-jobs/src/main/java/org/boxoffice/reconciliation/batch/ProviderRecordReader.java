package org.boxoffice.reconciliation.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import org.boxoffice.payment.control.PaymentGateway.ProviderRecord;
import org.boxoffice.reconciliation.batch.ProviderRecords.Position;
import org.boxoffice.reconciliation.boundary.Reconciliations;

/**
 * Reads the provider's records of the run's day, in time order. Its checkpoint is the position of
 * the last record read, so that a restart, which reads the records from the provider again, goes
 * on after it.
 */
@Named
@Dependent
public class ProviderRecordReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    Reconciliations reconciliations;

    private Iterator<ProviderRecord> records;
    private Position last;

    @Override
    public void open(Serializable checkpoint) {
        last = (Position) checkpoint;
        records = ProviderRecords.of(job, reconciliations).ofDay().stream()
                .filter(record -> last == null || Position.of(record).compareTo(last) > 0)
                .iterator();
    }

    @Override
    public Object readItem() {
        if (!records.hasNext()) {
            return null;
        }
        ProviderRecord record = records.next();
        last = Position.of(record);
        return record;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
