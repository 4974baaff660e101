package org.boxoffice.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.boxoffice.it.Api;
import org.boxoffice.it.TestData;
import org.boxoffice.payment.control.PaymentGateway.Outcome;
import org.boxoffice.payment.control.PaymentGateway.ProviderRecord;
import org.boxoffice.payment.control.PaymentGateway.RecordKind;
import org.boxoffice.payment.control.PaymentGateway.RefundOutcome;
import org.boxoffice.payment.control.PaymentGateway.Result;
import org.boxoffice.platform.entity.Money;
import org.junit.jupiter.api.Test;

/**
 * The gateway as the platform uses it, against the test provider the shared platform serves: charges,
 * partial refunds up to the charge and one beyond it refused, and the provider's records of a period
 * for reconciliation, its charges with our reference.
 */
class TestProviderGatewayIT {

    @Test
    void partialRefundsAndTheRecordsOfAPeriod() {
        TestProviderGateway gateway = gateway();
        Instant from = Instant.now().minusSeconds(1);
        String reference = TestData.unique("payment");

        Outcome charged = gateway.charge(
                reference,
                Money.of("30.00", "EUR"),
                PaymentDetails.card("4242 4242 4242 4242", "12/40", "123"),
                "gateway test");
        assertThat(charged.result()).isEqualTo(Result.SUCCEEDED);
        Outcome declined = gateway.charge(
                TestData.unique("payment"),
                Money.of("30.00", "EUR"),
                PaymentDetails.card("4000 0000 0000 0002", "12/40", "123"),
                "gateway test");
        assertThat(declined.result()).isEqualTo(Result.DECLINED);
        String charge = charged.providerReference();

        RefundOutcome first = gateway.refund(charge, Money.of("10.00", "EUR"), reference + "-refund-1");
        RefundOutcome second = gateway.refund(charge, Money.of("20.00", "EUR"), reference + "-refund-2");
        assertThat(first.succeeded())
                .as("the test provider gives money back at once")
                .isTrue();
        assertThat(first.providerReference()).startsWith("re_").isNotEqualTo(second.providerReference());
        assertThat(gateway.refund(charge, Money.of("10.00", "EUR"), reference + "-refund-1"))
                .as("a refund repeated after a lost answer")
                .isEqualTo(first);
        assertThatThrownBy(() -> gateway.refund(charge, Money.of("0.01", "EUR"), reference + "-refund-3"))
                .as("beyond the charge")
                .isInstanceOf(PaymentProviderException.class)
                .satisfies(
                        e -> assertThat(((PaymentProviderException) e).reason()).contains("amount_too_large"));

        List<ProviderRecord> records = gateway.records(from, Instant.now().plusSeconds(1));

        assertThat(records)
                .filteredOn(record -> record.chargeReference().equals(charge))
                .extracting(
                        ProviderRecord::kind,
                        ProviderRecord::providerReference,
                        ProviderRecord::reference,
                        ProviderRecord::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                RecordKind.CHARGE, charge, reference, Money.of("30.00", "EUR")),
                        org.assertj.core.groups.Tuple.tuple(
                                RecordKind.REFUND, first.providerReference(), null, Money.of("10.00", "EUR")),
                        org.assertj.core.groups.Tuple.tuple(
                                RecordKind.REFUND, second.providerReference(), null, Money.of("20.00", "EUR")));
        assertThat(records).as("a declined charge moved no money").noneMatch(record -> record.providerReference()
                .equals(declined.providerReference()));
        assertThat(records).allSatisfy(record -> assertThat(record.fee()).isNull());
        assertThat(gateway.records(Instant.now().plusSeconds(60), Instant.now().plusSeconds(120)))
                .as("a period without any")
                .isEmpty();
    }

    private static TestProviderGateway gateway() {
        TestProviderGateway gateway = new TestProviderGateway();
        gateway.url = Api.uri("/api/test-provider/v1").toString();
        gateway.timeoutMillis = 10_000;
        gateway.webhookSecret = Optional.empty();
        gateway.webhookToleranceSeconds = 300;
        gateway.connect();
        return gateway;
    }
}
