package org.boxoffice.sales.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.boxoffice.sales.boundary.SalesReports;
import org.boxoffice.sales.entity.SalesReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the sales reports every night at {@code boxoffice.reports.hour} (2) o'clock and {@code
 * boxoffice.reports.minute} (0) minutes in {@code boxoffice.reports.zone} (UTC): for each
 * organisation, its last complete day in its own zone.
 * Every instance runs this timer (not persistent: Payara Micro's timers are not coordinated across
 * instances); the instance whose transaction claims the night in {@code job_lock} opens and starts
 * the reports, the others find it claimed and do nothing.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlySalesReports {

    private static final Logger LOG = Logger.getLogger(NightlySalesReports.class.getName());

    @EJB
    SalesReports reports;

    @EJB
    SalesReportJobs jobs;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "boxoffice.reports.hour", defaultValue = "2")
    int hour;

    @Inject
    @ConfigProperty(name = "boxoffice.reports.minute", defaultValue = "0")
    int minute;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(
                new ScheduleExpression()
                        .hour(Math.floorMod(hour, 24))
                        .minute(Math.floorMod(minute, 60))
                        .second(0)
                        .timezone(reports.zone().getId()),
                new TimerConfig("nightly sales reports", false));
    }

    @Timeout
    void reportYesterday() {
        LocalDate yesterday = LocalDate.now(reports.zone()).minusDays(1);
        List<SalesReport> opened;
        try {
            opened = reports.claimNightly(yesterday);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "the nightly sales reports after " + yesterday
                            + " were not opened; an admin can start them by hand",
                    e);
            return;
        }
        for (SalesReport report : opened) {
            try {
                jobs.start(report);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "the sales report " + report.id() + " did not start; an admin can restart it",
                        e);
            }
        }
        LOG.info(() -> opened.size() + " nightly sales reports started");
    }
}
