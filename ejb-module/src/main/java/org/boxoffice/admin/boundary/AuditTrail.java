package org.boxoffice.admin.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.boxoffice.admin.entity.AuditEvent;
import org.boxoffice.admin.entity.AuditEvent.Action;
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
