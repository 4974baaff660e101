package org.boxoffice.sales.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One line of a sales report: the figures of one event, ticket type and currency on the report's
 * day. Names are copied, so that the report outlives a renamed or deleted event.
 */
@Entity
@Table(name = "sales_report_line")
@NamedQuery(
        name = SalesReportLine.OF_REPORT,
        query = "select l from SalesReportLine l where l.reportId = :report and l.id > :after order by l.id")
public class SalesReportLine {

    /** A report's lines by id after {@code after}. */
    public static final String OF_REPORT = "SalesReportLine.ofReport";

    @Id
    @SequenceGenerator(name = "sales_report_line_seq", sequenceName = "sales_report_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_report_line_seq")
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "event_title", nullable = false, length = 200)
    private String eventTitle;

    @Column(name = "event_starts_at")
    private OffsetDateTime eventStartsAt;

    @Column(name = "ticket_type_id")
    private Long ticketTypeId;

    @Column(name = "ticket_type", length = 80)
    private String ticketType;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "tickets_sold", nullable = false)
    private long ticketsSold;

    @Column(name = "tickets_refunded", nullable = false)
    private long ticketsRefunded;

    @Column(nullable = false, precision = 14, scale = 3)
    private BigDecimal gross;

    @Column(nullable = false, precision = 14, scale = 3)
    private BigDecimal fees;

    @Column(nullable = false, precision = 14, scale = 3)
    private BigDecimal taxes;

    @Column(nullable = false, precision = 14, scale = 3)
    private BigDecimal refunds;

    @Column(nullable = false, precision = 14, scale = 3)
    private BigDecimal net;

    @Column(name = "check_ins", nullable = false)
    private long checkIns;

    protected SalesReportLine() {}

    public SalesReportLine(long reportId, SalesFigures figures) {
        this.reportId = reportId;
        this.eventId = figures.eventId();
        this.eventTitle = figures.eventTitle();
        this.eventStartsAt = figures.eventStartsAt();
        this.ticketTypeId = figures.ticketTypeId();
        this.ticketType = figures.ticketType();
        this.currency = figures.currency().getCurrencyCode();
        this.ticketsSold = figures.ticketsSold();
        this.ticketsRefunded = figures.ticketsRefunded();
        this.gross = figures.gross();
        this.fees = figures.fees();
        this.taxes = figures.taxes();
        this.refunds = figures.refunds();
        this.net = figures.net();
        this.checkIns = figures.checkIns();
    }

    public Long id() {
        return id;
    }

    /** The line's figures, at the digits of its currency. */
    public SalesFigures figures() {
        return new SalesFigures(
                eventId,
                eventTitle,
                eventStartsAt,
                ticketTypeId,
                ticketType,
                java.util.Currency.getInstance(currency),
                ticketsSold,
                ticketsRefunded,
                gross,
                fees,
                taxes,
                refunds,
                checkIns);
    }
}
