package org.boxoffice.reconciliation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * One reconciliation of one day, in the zone that says where the day begins and ends: its own
 * report, never replaced by a later run of the same day.
 */
@Entity
@Table(name = "reconciliation_run")
@NamedQuery(
        name = ReconciliationRun.NEWEST,
        query = "select r from ReconciliationRun r order by r.startedAt desc, r.id desc")
@NamedQuery(name = ReconciliationRun.COUNT, query = "select count(r) from ReconciliationRun r")
public class ReconciliationRun {

    public static final String NEWEST = "ReconciliationRun.newest";
    public static final String COUNT = "ReconciliationRun.count";

    /** The longest error text kept. */
    private static final int ERROR_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "reconciliation_run_seq", sequenceName = "reconciliation_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_run_seq")
    private Long id;

    @Column(name = "run_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false, length = 60)
    private String zone;

    @Column(nullable = false, length = 20)
    private String provider;

    @Column(name = "started_by")
    private Long startedBy;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RunStatus status;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(nullable = false)
    private int matched;

    @Column(nullable = false)
    private int differences;

    @Column(nullable = false)
    private int resolved;

    @Column(length = ERROR_LENGTH)
    private String error;

    @Version
    private long version;

    protected ReconciliationRun() {}

    /**
     * A run begun.
     *
     * @param startedBy the admin who started it; null for the nightly run
     */
    public static ReconciliationRun begin(
            LocalDate day, ZoneId zone, String provider, Long startedBy, OffsetDateTime now) {
        ReconciliationRun run = new ReconciliationRun();
        run.day = day;
        run.zone = zone.getId();
        run.provider = provider;
        run.startedBy = startedBy;
        run.status = RunStatus.RUNNING;
        run.startedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
        return run;
    }

    /** The first instant of the day in its zone. */
    public Instant from() {
        return day.atStartOfDay(zone()).toInstant();
    }

    /** The first instant of the next day in its zone: the end of the day, exclusive. */
    public Instant to() {
        return day.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /**
     * The end of our rows a run compares: the end of the day, or, for a run of a day still going
     * on, the moment it started (what was made later is the next run's; the provider's records
     * were read after it, so they have what came before).
     */
    public Instant seenUntil() {
        Instant started = startedAt.toInstant();
        return started.isBefore(to()) ? started : to();
    }

    /** The day widened by {@code margin} on either side, for clocks that differ. */
    public Instant widenedFrom(Duration margin) {
        return from().minus(margin);
    }

    public Instant widenedTo(Duration margin) {
        return to().plus(margin);
    }

    /** The batch job's execution that runs it. */
    public void runBy(long executionId) {
        jobExecutionId = executionId;
    }

    /** Matched records of a part of the run counted in. */
    public void matched(int more) {
        matched += more;
    }

    /** The run went through: what it found is in its differences. */
    public void complete(int differenceCount, int resolvedCount, OffsetDateTime now) {
        differences = differenceCount;
        resolved = resolvedCount;
        status = RunStatus.COMPLETED;
        error = null;
        endedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * The run stopped on an error; it may be restarted, and its differences so far are kept. Says
     * nothing more for a run that has ended already.
     */
    public void fail(String why, int differenceCount, int resolvedCount, OffsetDateTime now) {
        if (status == RunStatus.COMPLETED) {
            return;
        }
        differences = differenceCount;
        resolved = resolvedCount;
        status = RunStatus.FAILED;
        error = why == null || why.length() <= ERROR_LENGTH ? why : why.substring(0, ERROR_LENGTH);
        endedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A failed run restarted where it stopped. */
    public void restarted(long executionId) {
        jobExecutionId = executionId;
        status = RunStatus.RUNNING;
        endedAt = null;
    }

    public Long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public String provider() {
        return provider;
    }

    public Long startedBy() {
        return startedBy;
    }

    public Long jobExecutionId() {
        return jobExecutionId;
    }

    public RunStatus status() {
        return status;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime endedAt() {
        return endedAt;
    }

    public int matched() {
        return matched;
    }

    public int differences() {
        return differences;
    }

    public int resolved() {
        return resolved;
    }

    public String error() {
        return error;
    }
}
