package org.boxoffice.reconciliation.batch;

import jakarta.batch.runtime.context.JobContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.boxoffice.payment.control.PaymentGateway.ProviderRecord;
import org.boxoffice.payment.control.PaymentGateway.RecordKind;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.boxoffice.reconciliation.entity.ReconciliationRun;

/**
 * The provider's records of a run's day and the margin around it, read from the provider once per
 * job execution and kept for its steps (the job's transient data); a restarted execution reads
 * them again.
 */
final class ProviderRecords {

    /** Where a step is in the day's records, in their order: its checkpoint. */
    record Position(Instant at, RecordKind kind, String reference) implements Serializable, Comparable<Position> {

        private static final long serialVersionUID = 1L;

        private static final Comparator<Position> ORDER = Comparator.comparing(Position::at)
                .thenComparing(Position::kind)
                .thenComparing(Position::reference, Comparator.nullsFirst(Comparator.naturalOrder()));

        static Position of(ProviderRecord record) {
            return new Position(record.at(), record.kind(), record.providerReference());
        }

        @Override
        public int compareTo(Position other) {
            return ORDER.compare(this, other);
        }
    }

    private final List<ProviderRecord> ofDay;
    private final Set<String> charges;
    private final Set<String> refunds;
    private final Set<String> chargedReferences;

    private ProviderRecords(ReconciliationRun run, List<ProviderRecord> records) {
        Instant from = run.from();
        Instant to = run.to();
        this.ofDay = records.stream()
                .filter(record -> !record.at().isBefore(from) && record.at().isBefore(to))
                .sorted(Comparator.comparing(Position::of))
                .toList();
        this.charges = references(records, RecordKind.CHARGE);
        this.refunds = references(records, RecordKind.REFUND);
        this.chargedReferences = records.stream()
                .filter(record -> record.kind() == RecordKind.CHARGE && record.reference() != null)
                .map(ProviderRecord::reference)
                .collect(Collectors.toSet());
    }

    static ProviderRecords of(JobContext job, Reconciliations reconciliations) {
        if (job.getTransientUserData() instanceof ProviderRecords kept) {
            return kept;
        }
        long run = JobRun.of(job);
        ProviderRecords records = new ProviderRecords(reconciliations.get(run), reconciliations.providerRecords(run));
        job.setTransientUserData(records);
        return records;
    }

    /** The records made within the day, in the order of their {@link Position}. */
    List<ProviderRecord> ofDay() {
        return ofDay;
    }

    /** The references of the provider's charges of the day and the margin. */
    Set<String> charges() {
        return charges;
    }

    /** The references of the provider's refunds of the day and the margin. */
    Set<String> refunds() {
        return refunds;
    }

    /** Our references that the provider's charges of the day and the margin carry. */
    Set<String> chargedReferences() {
        return chargedReferences;
    }

    private static Set<String> references(List<ProviderRecord> records, RecordKind kind) {
        return records.stream()
                .filter(record -> record.kind() == kind && record.providerReference() != null)
                .map(ProviderRecord::providerReference)
                .collect(Collectors.toSet());
    }
}
