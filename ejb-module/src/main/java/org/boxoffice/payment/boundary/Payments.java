package org.boxoffice.payment.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.payment.entity.Payment;
import org.boxoffice.payment.entity.Refund;
import org.boxoffice.payment.entity.RefundStatus;
import org.boxoffice.platform.entity.Money;

/** Payments as they are read: one by id, a booking's attempts, and their refunds. */
@Stateless
public class Payments {

    @PersistenceContext
    EntityManager em;

    /** The payments of one booking of the customer's, oldest first. */
    public List<Payment> ofBooking(long accountId, long bookingId) {
        return em.createQuery(
                        "select p from Payment p where p.bookingId = :booking and p.accountId = :account order by p.id",
                        Payment.class)
                .setParameter("booking", bookingId)
                .setParameter("account", accountId)
                .getResultList();
    }

    public Optional<Payment> find(long paymentId) {
        return Optional.ofNullable(em.find(Payment.class, paymentId));
    }

    /**
     * What of a payment is on its way back: its refunds the provider accepted and has not carried
     * out yet ({@link RefundStatus#PENDING}).
     */
    public Money onItsWayBack(Payment payment) {
        BigDecimal pending = em.createQuery(
                        "select coalesce(sum(r.amount.amount), 0) from Refund r"
                                + " where r.paymentId = :payment and r.status = :pending",
                        BigDecimal.class)
                .setParameter("payment", payment.id())
                .setParameter("pending", RefundStatus.PENDING)
                .getSingleResult();
        return Money.of(pending, payment.amount().currency());
    }

    /** The refunds of these payments, each payment's oldest first; a payment without refunds has none listed. */
    public Map<Long, List<Refund>> refundsOf(Collection<Long> paymentIds) {
        Map<Long, List<Refund>> refunds = new HashMap<>();
        if (paymentIds.isEmpty()) {
            return refunds;
        }
        em.createQuery("select r from Refund r where r.paymentId in :payments order by r.createdAt, r.id", Refund.class)
                .setParameter("payments", List.copyOf(paymentIds))
                .getResultList()
                .forEach(refund -> refunds.computeIfAbsent(refund.paymentId(), payment -> new ArrayList<>())
                        .add(refund));
        return refunds;
    }
}
