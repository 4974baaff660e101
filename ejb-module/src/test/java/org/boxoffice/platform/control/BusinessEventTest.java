package org.boxoffice.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.boxoffice.payment.control.PaymentGateway;
import org.boxoffice.payment.entity.RefundReason;
import org.boxoffice.ticket.boundary.Admissions;
import org.junit.jupiter.api.Test;

class BusinessEventTest {

    @Test
    void everyOutcomeTheComponentsReportIsCountedFromTheStart() {
        assertThat(BusinessEvent.Kind.PAYMENT.outcomes())
                .containsExactlyInAnyOrderElementsOf(names(PaymentGateway.Result.values()));
        assertThat(BusinessEvent.Kind.REFUND.outcomes())
                .containsExactlyInAnyOrderElementsOf(names(RefundReason.values()));
        assertThat(BusinessEvent.Kind.CHECK_IN.outcomes())
                .containsExactlyInAnyOrderElementsOf(names(Admissions.Outcome.values()));
    }

    @Test
    void anOutcomeIsTheLowerCaseNameOfItsEnumConstant() {
        BusinessEvent event = BusinessEvent.payment(PaymentGateway.Result.REQUIRES_ACTION);

        assertThat(event.kind()).isEqualTo(BusinessEvent.Kind.PAYMENT);
        assertThat(event.outcome()).isEqualTo("requires_action");
        assertThat(event.times()).isEqualTo(1);
        assertThat(BusinessEvent.checkIns(Admissions.Outcome.ALREADY_USED, 4))
                .isEqualTo(new BusinessEvent(BusinessEvent.Kind.CHECK_IN, "already_used", 4));
        assertThat(BusinessEvent.hold().outcome()).isEmpty();
        assertThat(BusinessEvent.Kind.HOLD.tag()).isNull();
    }

    private static java.util.List<String> names(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(value -> value.name().toLowerCase(Locale.ROOT))
                .toList();
    }
}
