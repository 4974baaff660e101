package org.boxoffice.payment.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.boxoffice.payment.control.PaymentGateway;

/**
 * Cancels at the provider the charges of attempts given up here ({@link Charges#abandonWaiting}: a
 * hold that ended unpaid, a booking cancelled, a newer attempt), so that a customer cannot pay for
 * seats that went back on sale. It runs after the giving up committed, on a thread of its own,
 * outside every lock and transaction: the end of a hold never waits for the provider. A provider
 * that does not answer or refuses is logged and left: the charge stays open at the provider, and
 * should the customer pay it after all, its webhook finds the booking ended and the money goes back
 * (a refund with reason LATE_PAYMENT).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AbandonedCharges {

    private static final Logger LOG = Logger.getLogger(AbandonedCharges.class.getName());

    @Inject
    PaymentGateway gateway;

    @Resource
    SessionContext context;

    /** Once the transaction that gave the attempts up has committed: never for one rolled back. */
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChargesAbandoned abandoned) {
        context.getBusinessObject(AbandonedCharges.class).cancel(abandoned.providerReferences());
    }

    /** Asks the provider to cancel each charge; a failure is logged, never thrown. */
    @Asynchronous
    public void cancel(List<String> providerReferences) {
        for (String charge : providerReferences) {
            try {
                gateway.cancel(charge);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        e,
                        () -> "the provider " + gateway.provider() + " did not cancel the abandoned charge " + charge
                                + ", left open: a payment made on it later is refunded");
            }
        }
    }
}
