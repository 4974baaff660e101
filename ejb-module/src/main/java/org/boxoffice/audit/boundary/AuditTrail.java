package org.boxoffice.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.boxoffice.audit.entity.AuditEvent;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.platform.entity.Page;

/**
 * The audit trail, written in the transaction of the action, so that an action rolled back leaves
 * no trace of having happened. A failure that must be recorded although it rolls its action back is
 * recorded by its own boundary in a transaction of its own (as {@code SignInFailures} does).
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Long actorId, String actor, Action action, Long subjectId, String detail, String address) {
        em.persist(new AuditEvent(now(), actorId, actor, action, subjectId, detail, address));
    }

    /**
     * A closed account's address becomes its placeholder wherever the trail holds it: as who acted,
     * and in the details of events (roles or address changed).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void replaceAddress(String formerEmail, String placeholder) {
        em.createQuery("update AuditEvent e set e.actor = :placeholder where e.actor = :email")
                .setParameter("placeholder", placeholder)
                .setParameter("email", formerEmail)
                .executeUpdate();
        // a _ in the address matches any character in LIKE, which only widens the rows replace()
        // looks at
        em.createNativeQuery(
                        "update audit_event set detail = replace(detail, ?, ?) where detail like concat('%', ?, '%')")
                .setParameter(1, formerEmail)
                .setParameter(2, placeholder)
                .setParameter(3, formerEmail)
                .executeUpdate();
    }

    public Page<AuditEvent> newest(int page, int size) {
        List<AuditEvent> items = em.createNamedQuery(AuditEvent.NEWEST, AuditEvent.class)
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(AuditEvent.COUNT, Long.class).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
