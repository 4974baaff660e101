package org.boxoffice.payment.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.boxoffice.payment.entity.Payment;
import org.boxoffice.platform.entity.Page;

/** A customer's transaction history: every payment attempt, newest first. */
@Stateless
public class Payments {

    @PersistenceContext
    EntityManager em;

    /** @param page 1 for the first */
    public Page<Payment> history(long accountId, int page, int size) {
        long total = em.createNamedQuery(Payment.COUNT_OF_ACCOUNT, Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
        List<Payment> items = em.createNamedQuery(Payment.OF_ACCOUNT, Payment.class)
                .setParameter("account", accountId)
                .setFirstResult((page - 1) * size)
                .setMaxResults(size)
                .getResultList();
        return new Page<>(items, page, size, total);
    }

    /** The payments of one booking of the customer's, oldest first. */
    public List<Payment> ofBooking(long accountId, long bookingId) {
        return em.createQuery(
                        "select p from Payment p where p.bookingId = :booking and p.accountId = :account order by p.id",
                        Payment.class)
                .setParameter("booking", bookingId)
                .setParameter("account", accountId)
                .getResultList();
    }
}
