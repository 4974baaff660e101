package org.boxoffice.catalog.entity;

import java.util.Set;
import java.util.stream.Collectors;
import org.boxoffice.payment.entity.PaymentMethod;
import org.boxoffice.platform.BusinessException;

/** The customer chose a payment method that the event's organizer does not accept. Nothing is charged. */
public class PaymentMethodNotOfferedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PaymentMethodNotOfferedException(PaymentMethod chosen, Set<PaymentMethod> accepted) {
        super(
                Kind.INVALID,
                "payment.method-not-offered",
                chosen.name(),
                accepted.stream().map(Enum::name).collect(Collectors.joining(", ")));
    }
}
