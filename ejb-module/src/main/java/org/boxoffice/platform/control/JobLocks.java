package org.boxoffice.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Scheduled work that must be done once across instances. EJB timers of Payara Micro instances are
 * not coordinated (a persistent timer lives in each instance's data grid), so every instance's
 * timer fires, and each asks here for the day's work: one conditional update of the job's row in
 * {@code job_lock} moves its claimed day forward, and only the transaction that moved it does the
 * work. A claim commits or rolls back with the caller's transaction, so work that fails before it
 * commits is claimed again by the next timer.
 */
@ApplicationScoped
public class JobLocks {

    /**
     * Claims the job's work of {@code day} for this instance, in the caller's transaction.
     *
     * @return true when this call claimed it; false when it was claimed before (by this instance
     *     or another), or a later day was
     */
    public boolean claim(EntityManager em, String job, LocalDate day) {
        em.createNativeQuery("insert into job_lock (name) values (?1) on conflict do nothing")
                .setParameter(1, job)
                .executeUpdate();
        return em.createNativeQuery("update job_lock set claimed_day = ?1, claimed_by = ?2, claimed_at = ?3"
                                + " where name = ?4 and (claimed_day is null or claimed_day < ?1)")
                        .setParameter(1, day)
                        .setParameter(2, instance())
                        .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
                        .setParameter(4, job)
                        .executeUpdate()
                == 1;
    }

    /** This instance, as the row names its claimer: the JVM's process and host. */
    static String instance() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
