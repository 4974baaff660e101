package org.boxoffice.reconciliation.batch;

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
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reconciles the day before every night at {@code boxoffice.reconciliation.hour} (3) o'clock in
 * the reconciliation's zone ({@code boxoffice.reconciliation.zone}, UTC). Every instance runs
 * this timer (not persistent: Payara Micro's timers are not coordinated across instances); the
 * instance whose transaction claims the day in {@code job_lock} starts the run, the others find it
 * claimed and do nothing.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyReconciliation {

    private static final Logger LOG = Logger.getLogger(NightlyReconciliation.class.getName());

    @EJB
    Reconciliations reconciliations;

    @EJB
    ReconciliationJobs jobs;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "boxoffice.reconciliation.hour", defaultValue = "3")
    int hour;

    @PostConstruct
    void schedule() {
        ZoneId zone = reconciliations.zone();
        timers.createCalendarTimer(
                new ScheduleExpression()
                        .hour(Math.floorMod(hour, 24))
                        .minute(0)
                        .second(0)
                        .timezone(zone.getId()),
                new TimerConfig("nightly payment reconciliation", false));
    }

    @Timeout
    void reconcileYesterday() {
        LocalDate yesterday = LocalDate.now(reconciliations.zone()).minusDays(1);
        try {
            reconciliations.claimNightly(yesterday).ifPresent(run -> {
                jobs.start(run);
                LOG.info(() -> "reconciliation " + run.id() + " of " + yesterday + " started");
            });
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "the nightly reconciliation of " + yesterday + " did not start; an admin can start it by hand",
                    e);
        }
    }
}
