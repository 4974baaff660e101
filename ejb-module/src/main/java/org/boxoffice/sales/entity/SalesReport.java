package org.boxoffice.sales.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The sales report of one organisation's day, in the zone that says where the day begins and
 * ends: its counts; its files ({@link ReportFile}) once the job has written them. A second report of the same day
 * (started by hand) is a report of its own; none replaces another.
 */
@Entity
@Table(name = "sales_report")
public class SalesReport {

    /** The longest error text kept. */
    private static final int ERROR_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "sales_report_seq", sequenceName = "sales_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_report_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "report_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false, length = 60)
    private String zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReportStatus status;

    @Column(name = "started_by")
    private Long startedBy;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "tickets_sold", nullable = false)
    private long ticketsSold;

    @Column(name = "tickets_refunded", nullable = false)
    private long ticketsRefunded;

    @Column(name = "check_ins", nullable = false)
    private long checkIns;

    @Column(length = ERROR_LENGTH)
    private String error;

    /** How many finance contacts the report was mailed to. */
    @Column(name = "mailed_to", nullable = false)
    private int mailedTo;

    @Version
    private long version;

    protected SalesReport() {}

    /**
     * A report begun.
     *
     * @param startedBy the admin who started it; null for the nightly report
     */
    public static SalesReport begin(
            long organisationId, LocalDate day, ZoneId zone, Long startedBy, OffsetDateTime now) {
        SalesReport report = new SalesReport();
        report.organisationId = organisationId;
        report.day = day;
        report.zone = zone.getId();
        report.startedBy = startedBy;
        report.status = ReportStatus.RUNNING;
        report.startedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
        return report;
    }

    /** The first instant of the day in its zone. */
    public Instant from() {
        return day.atStartOfDay(zone()).toInstant();
    }

    /** The first instant of the next day in its zone: the end of the day, exclusive. */
    public Instant to() {
        return day.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /** The batch job's execution that makes it. */
    public void runBy(long executionId) {
        jobExecutionId = executionId;
    }

    /** The job wrote the files: the report is done, with the counts of its lines. */
    public void complete(int lines, long sold, long refunded, long admitted, OffsetDateTime now) {
        lineCount = lines;
        ticketsSold = sold;
        ticketsRefunded = refunded;
        checkIns = admitted;
        status = ReportStatus.COMPLETED;
        error = null;
        endedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The job stopped on an error; it may be restarted. Nothing changes for a completed report. */
    public void fail(String why, OffsetDateTime now) {
        if (status == ReportStatus.COMPLETED) {
            return;
        }
        status = ReportStatus.FAILED;
        error = why == null || why.length() <= ERROR_LENGTH ? why : why.substring(0, ERROR_LENGTH);
        endedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A failed report's job restarted where it stopped. */
    public void restarted(long executionId) {
        jobExecutionId = executionId;
        status = ReportStatus.RUNNING;
        endedAt = null;
    }

    public Long id() {
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public LocalDate day() {
        return day;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public ReportStatus status() {
        return status;
    }

    public Long startedBy() {
        return startedBy;
    }

    public Long jobExecutionId() {
        return jobExecutionId;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime endedAt() {
        return endedAt;
    }

    public int lineCount() {
        return lineCount;
    }

    public long ticketsSold() {
        return ticketsSold;
    }

    public long ticketsRefunded() {
        return ticketsRefunded;
    }

    public long checkIns() {
        return checkIns;
    }

    public String error() {
        return error;
    }

    public int mailedTo() {
        return mailedTo;
    }
}
