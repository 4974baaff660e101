package org.boxoffice.sales.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.boundary.Organisations;
import org.boxoffice.account.boundary.UnknownOrganisationException;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.account.entity.Role;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.platform.control.JobLocks;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.sales.boundary.SalesReportException.Reason;
import org.boxoffice.sales.control.DayFigures;
import org.boxoffice.sales.control.ReportFiles;
import org.boxoffice.sales.entity.ReportFile;
import org.boxoffice.sales.entity.ReportFile.Format;
import org.boxoffice.sales.entity.ReportStatus;
import org.boxoffice.sales.entity.SalesFigures;
import org.boxoffice.sales.entity.SalesReport;
import org.boxoffice.sales.entity.SalesReportLine;
import org.boxoffice.settings.boundary.Settings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sales reports: opened by the nightly schedule or an admin, the parts the batch job reads and
 * writes, and the reports and their files for finance contacts and admins. The job itself, and
 * what starts it, are in the batch-jobs module.
 *
 * <p>A report covers one organisation's day in the organisation's zone ({@code
 * boxoffice.reports.zone}, UTC, for an organisation without one of its own). A finance contact (an
 * account with the FINANCE role and a member of the organisation) sees its organisation's reports
 * only; admins see all.
 */
@Stateless
public class SalesReports {

    /** The name of the batch job, and of its row in {@code job_lock}. */
    public static final String JOB = "sales-report";

    /** The longest range of days a list of reports covers. */
    public static final int MAX_RANGE_DAYS = 366;

    /** The range a list covers when it is not given: the 31 days up to today. */
    public static final int DEFAULT_RANGE_DAYS = 31;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    AuditTrail audit;

    @Inject
    JobLocks locks;

    @Inject
    Notifications notifications;

    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "boxoffice.reports.zone", defaultValue = "UTC")
    String zone;

    @Inject
    @ConfigProperty(name = "boxoffice.reports.hour", defaultValue = "2")
    int hour;

    /** The hour (0 to 23) of the nightly schedule, in {@link #zone()}. */
    public int hour() {
        return Math.floorMod(hour, 24);
    }

    /** The zone of the nightly schedule, and of organisations without a zone of their own. */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /** The zone an organisation counts its days in. */
    public ZoneId zoneOf(Organisation organisation) {
        return organisation.zone().orElseGet(this::zone);
    }

    /**
     * Opens a report of an organisation's day that an admin asks for, recorded in the audit trail;
     * the caller starts its job.
     *
     * @param day the day as {@code 2026-12-06}, in the organisation's zone
     * @throws SalesReportException when the day is not a date or has not ended yet in the
     *     organisation's zone
     * @throws UnknownOrganisationException for an unknown organisation
     */
    public SalesReport open(long adminId, long organisationId, String day, String address) {
        Account admin = accounts.get(adminId);
        Organisation organisation = organisations.get(organisationId);
        ZoneId in = zoneOf(organisation);
        LocalDate date = day("day", day);
        if (!date.isBefore(LocalDate.now(in))) {
            throw new SalesReportException(Reason.UNFINISHED_DAY, date.toString(), in.getId());
        }
        SalesReport report = SalesReport.begin(organisation.id(), date, in, admin.id(), now());
        em.persist(report);
        em.flush();
        audit(admin, Action.SALES_REPORT_STARTED, report, organisation, address);
        return report;
    }

    /**
     * Opens the nightly reports, unless another instance (or an earlier timer of this one) has
     * claimed the night of {@code day} already: for each organisation its last complete day in its
     * own zone, unless a nightly report of that day exists.
     *
     * @param day the day before the night, in {@code boxoffice.reports.zone}
     * @return the reports to start; empty when the night was claimed before
     */
    public List<SalesReport> claimNightly(LocalDate day) {
        if (!locks.claim(em, JOB, day)) {
            return List.of();
        }
        List<SalesReport> opened = new ArrayList<>();
        OffsetDateTime now = now();
        for (Organisation organisation : em.createQuery(
                        "select o from Organisation o order by o.id", Organisation.class)
                .getResultList()) {
            ZoneId in = zoneOf(organisation);
            LocalDate last = now.atZoneSameInstant(in).toLocalDate().minusDays(1);
            boolean reported = !em.createQuery(
                            "select r.id from SalesReport r where r.organisationId = :organisation and r.day = :day"
                                    + " and r.startedBy is null",
                            Long.class)
                    .setParameter("organisation", organisation.id())
                    .setParameter("day", last)
                    .setMaxResults(1)
                    .getResultList()
                    .isEmpty();
            if (!reported) {
                SalesReport report = SalesReport.begin(organisation.id(), last, in, null, now);
                em.persist(report);
                opened.add(report);
            }
        }
        em.flush();
        return opened;
    }

    /** The report is made by this batch job execution. */
    public void runBy(long reportId, long executionId) {
        get(reportId).runBy(executionId);
    }

    /**
     * A failed report an admin restarts, recorded in the audit trail; the caller restarts its job.
     *
     * @throws SalesReportException when there is no such report, or it has not failed
     */
    public SalesReport restarting(long adminId, long reportId, String address) {
        SalesReport report = get(reportId);
        if (report.status() != ReportStatus.FAILED || report.jobExecutionId() == null) {
            throw new SalesReportException(Reason.NOT_RESTARTABLE, reportId);
        }
        audit(
                accounts.get(adminId),
                Action.SALES_REPORT_RESTARTED,
                report,
                organisations.get(report.organisationId()),
                address);
        return report;
    }

    /** A failed report goes on, by this execution of its job. */
    public void restarted(long reportId, long executionId) {
        get(reportId).restarted(executionId);
    }

    private void audit(Account admin, Action action, SalesReport report, Organisation organisation, String address) {
        audit.record(
                admin.id(),
                admin.email(),
                action,
                null,
                "sales report " + report.id() + " of organisation " + organisation.id() + " \"" + organisation.name()
                        + "\", " + report.day() + " (" + report.zone().getId() + ")",
                address);
    }

    public Optional<SalesReport> find(long reportId) {
        return Optional.ofNullable(em.find(SalesReport.class, reportId));
    }

    /** @throws SalesReportException when there is no such report */
    public SalesReport get(long reportId) {
        return find(reportId).orElseThrow(() -> new SalesReportException(Reason.UNKNOWN, reportId));
    }

    // ------------------------------------------------------------------ the job's parts

    /**
     * The ids of the report's organisation's events after {@code afterId}, by id: a part of the
     * events for the job to sum up.
     */
    public List<Long> events(long reportId, long afterId, int limit) {
        SalesReport report = get(reportId);
        return em.createQuery(
                        "select e.id from Event e where e.organisationId = :organisation and e.id > :after"
                                + " order by e.id",
                        Long.class)
                .setParameter("organisation", report.organisationId())
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The event's figures of the report's day, summed by the database; none when nothing happened. */
    public List<SalesFigures> figures(long reportId, long eventId) {
        SalesReport report = get(reportId);
        return DayFigures.of(em, eventId, report.from(), report.to());
    }

    /** Records lines of the report, in the caller's transaction (the chunk's). */
    public void record(long reportId, Collection<SalesFigures> lines) {
        for (SalesFigures line : lines) {
            em.persist(new SalesReportLine(reportId, line));
        }
    }

    /**
     * Writes the report's files from its lines, read a part at a time, and completes it. Replaces
     * files written before (a restarted job writes them again). Once the transaction commits, the
     * report goes by mail to the organisation's finance contacts, once.
     */
    public SalesReport writeFiles(long reportId) {
        SalesReport report = get(reportId);
        Organisation organisation = organisations.get(report.organisationId());
        ReportFiles.Written written;
        try (ReportFiles files = new ReportFiles(organisation.name(), report.day(), report.zone())) {
            long after = 0;
            while (true) {
                List<SalesReportLine> part = em.createNamedQuery(SalesReportLine.OF_REPORT, SalesReportLine.class)
                        .setParameter("report", reportId)
                        .setParameter("after", after)
                        .setMaxResults(500)
                        .getResultList();
                for (SalesReportLine line : part) {
                    files.add(line.figures());
                    after = line.id();
                }
                part.forEach(em::detach);
                if (part.size() < 500) {
                    break;
                }
            }
            written = files.finish();
        }
        em.createQuery("delete from ReportFile f where f.reportId = :report")
                .setParameter("report", reportId)
                .executeUpdate();
        em.persist(new ReportFile(reportId, Format.CSV, written.csv()));
        em.persist(new ReportFile(reportId, Format.XLSX, written.xlsx()));
        report.complete(written.lines(), written.ticketsSold(), written.ticketsRefunded(), written.checkIns(), now());
        notifications.send(Notice.salesReport(reportId));
        return report;
    }

    /** The report stopped on an error. Nothing changes for a completed report. */
    public void fail(long reportId, String why) {
        find(reportId).ifPresent(report -> report.fail(why, now()));
    }

    // ------------------------------------------------------------------ finance contacts and admins

    /**
     * A page of the reports of the days {@code from} to {@code to} (both included; by default the
     * {@value #DEFAULT_RANGE_DAYS} days up to today) that the account may see, newest day first.
     *
     * @throws SalesReportException when a day is not a date, the range is reversed or longer than
     *     {@value #MAX_RANGE_DAYS} days
     */
    public Page<SalesReport> visible(long viewerId, String from, String to, int page, int size) {
        return visible(viewerId, null, from, to, page, size);
    }

    /**
     * As {@link #visible(long, String, String, int, int)}, of one organisation only when {@code
     * organisationId} is given (none of it when the account may not see its reports).
     */
    public Page<SalesReport> visible(long viewerId, Long organisationId, String from, String to, int page, int size) {
        Optional<Long> only = scope(viewerId);
        if (only.isEmpty() && !isAdmin(viewerId)) {
            // the range is checked all the same, so that a mistake shows whoever makes it
            return inRange(Optional.of(-1L), from, to, page, size);
        }
        if (organisationId != null) {
            only = only.isEmpty() || only.get().equals(organisationId) ? Optional.of(organisationId) : Optional.of(-1L);
        }
        return inRange(only, from, to, page, size);
    }

    /** As {@link #visible(long, String, String, int, int)}, for an API client of the organisation. */
    public Page<SalesReport> visibleToOrganisation(long organisationId, String from, String to, int page, int size) {
        return inRange(Optional.of(organisationId), from, to, page, size);
    }

    /** As {@link #visible(long, long)}, for an API client of the organisation. */
    public SalesReport visibleToOrganisation(long organisationId, long reportId) {
        SalesReport report = get(reportId);
        if (report.organisationId() != organisationId) {
            throw new SalesReportException(Reason.UNKNOWN, reportId);
        }
        return report;
    }

    /** As {@link #file(long, long, Format)}, for an API client of the organisation. */
    public ReportFile fileForOrganisation(long organisationId, long reportId, Format format) {
        return file(visibleToOrganisation(organisationId, reportId), format);
    }

    private Page<SalesReport> inRange(Optional<Long> only, String from, String to, int page, int size) {
        LocalDate last = to == null || to.isBlank() ? LocalDate.now(zone()) : day("to", to);
        LocalDate first = from == null || from.isBlank() ? last.minusDays(DEFAULT_RANGE_DAYS - 1L) : day("from", from);
        if (first.isAfter(last)) {
            throw new SalesReportException(Reason.REVERSED_RANGE, first.toString(), last.toString());
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_RANGE_DAYS) {
            throw new SalesReportException(Reason.RANGE_TOO_LONG, MAX_RANGE_DAYS);
        }
        String where = " from SalesReport r where r.day >= :first and r.day <= :last"
                + (only.isPresent() ? " and r.organisationId = :organisation" : "");
        var items = em.createQuery("select r" + where + " order by r.day desc, r.id desc", SalesReport.class)
                .setParameter("first", first)
                .setParameter("last", last);
        var count = em.createQuery("select count(r)" + where, Long.class)
                .setParameter("first", first)
                .setParameter("last", last);
        only.ifPresent(organisation -> {
            items.setParameter("organisation", organisation);
            count.setParameter("organisation", organisation);
        });
        return new Page<>(
                items.setFirstResult(Page.offset(page, size))
                        .setMaxResults(size)
                        .getResultList(),
                page,
                size,
                count.getSingleResult());
    }

    /**
     * A report the account may see.
     *
     * @throws SalesReportException when there is no such report, or it is another organisation's
     */
    public SalesReport visible(long viewerId, long reportId) {
        SalesReport report = get(reportId);
        if (!isAdmin(viewerId) && !scope(viewerId).equals(Optional.of(report.organisationId()))) {
            throw new SalesReportException(Reason.UNKNOWN, reportId);
        }
        return report;
    }

    /**
     * A file of a report the account may see.
     *
     * @throws SalesReportException when there is no such report, it is another organisation's, or
     *     its files are not written yet
     */
    public ReportFile file(long viewerId, long reportId, Format format) {
        return file(visible(viewerId, reportId), format);
    }

    private ReportFile file(SalesReport report, Format format) {
        long reportId = report.id();
        ReportFile file = em.find(ReportFile.class, new ReportFile.Key(reportId, format));
        if (report.status() != ReportStatus.COMPLETED || file == null) {
            throw new SalesReportException(
                    Reason.NOT_READY, reportId, report.status().name());
        }
        return file;
    }

    /** The names of these organisations, by id. */
    public Map<Long, String> organisationNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(organisation -> names.put(organisation.id(), organisation.name()));
        }
        return names;
    }

    /** Every organisation, by name, for an admin choosing one. */
    public List<Organisation> organisations() {
        return em.createNamedQuery(Organisation.ALL, Organisation.class).getResultList();
    }

    // ------------------------------------------------------------------ the report by mail

    /**
     * The organisation's finance contacts, by account id: its active members with the FINANCE
     * role. They are mailed each report of the organisation.
     */
    public List<Long> financeContacts(long organisationId) {
        return em.createQuery(
                        "select a.id from Account a join a.roles role where role = :finance"
                                + " and a.organisationId = :organisation and a.status = :active order by a.id",
                        Long.class)
                .setParameter("finance", Role.FINANCE)
                .setParameter("organisation", organisationId)
                .setParameter("active", Account.Status.ACTIVE)
                .getResultList();
    }

    /**
     * The platform's finance addresses ({@code boxoffice.reports.finance-addresses}, which admins
     * may change in the system settings) that each report of the organisation is mailed to as well,
     * in the platform's default language: all of them but those of the organisation's own finance
     * contacts, who are mailed as themselves.
     */
    public List<String> financeAddresses(long organisationId) {
        List<String> configured = settings.financeAddresses();
        if (configured.isEmpty()) {
            return List.of();
        }
        List<String> contacts = em.createQuery(
                        "select lower(a.email) from Account a join a.roles role where role = :finance"
                                + " and a.organisationId = :organisation and a.status = :active",
                        String.class)
                .setParameter("finance", Role.FINANCE)
                .setParameter("organisation", organisationId)
                .setParameter("active", Account.Status.ACTIVE)
                .getResultList();
        return configured.stream()
                .filter(address -> !contacts.contains(address.toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Whether the address is (still) one of the platform's finance addresses. */
    public boolean isFinanceAddress(String address) {
        return settings.financeAddresses().stream().anyMatch(address::equalsIgnoreCase);
    }

    /** Whether the account is (still) a finance contact of the organisation. */
    public boolean isFinanceContact(long accountId, long organisationId) {
        return scope(accountId).equals(Optional.of(organisationId));
    }

    /** A file of a completed report, for the mail that carries it; empty before the job wrote it. */
    public Optional<ReportFile> findFile(long reportId, Format format) {
        return find(reportId)
                .filter(report -> report.status() == ReportStatus.COMPLETED)
                .map(report -> em.find(ReportFile.class, new ReportFile.Key(reportId, format)));
    }

    /** The money of a report's lines in one currency, summed. */
    public record CurrencyTotal(
            Currency currency, BigDecimal gross, BigDecimal fees, BigDecimal refunds, BigDecimal net) {}

    /** The report's totals, one per currency (never added across currencies), by currency code. */
    public List<CurrencyTotal> totals(long reportId) {
        return em.createQuery(
                        "select l.currency, sum(l.gross), sum(l.fees), sum(l.refunds), sum(l.net)"
                                + " from SalesReportLine l where l.reportId = :report group by l.currency"
                                + " order by l.currency",
                        Object[].class)
                .setParameter("report", reportId)
                .getResultStream()
                .map(row -> new CurrencyTotal(
                        Currency.getInstance(((String) row[0]).strip()),
                        (BigDecimal) row[1],
                        (BigDecimal) row[2],
                        (BigDecimal) row[3],
                        (BigDecimal) row[4]))
                .toList();
    }

    /**
     * The report went by mail to one more finance contact: counted in the database, so that
     * contacts mailed at the same moment each count.
     */
    public void mailed(long reportId) {
        em.createQuery("update SalesReport r set r.mailedTo = r.mailedTo + 1, r.version = r.version + 1"
                        + " where r.id = :report")
                .setParameter("report", reportId)
                .executeUpdate();
    }

    private Optional<Long> scope(long viewerId) {
        return accounts.findWithRoles(viewerId).flatMap(Account::organisationAsFinance);
    }

    private boolean isAdmin(long viewerId) {
        return accounts.findWithRoles(viewerId)
                .map(account -> account.has(Role.ADMIN))
                .orElse(false);
    }

    /**
     * A day as a client writes it in the field {@code field}.
     *
     * @throws SalesReportException when the text is not a date
     */
    public static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new SalesReportException(Reason.INVALID_DAY, field, text == null ? "" : text);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
