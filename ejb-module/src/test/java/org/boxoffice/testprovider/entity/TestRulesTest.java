package org.boxoffice.testprovider.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.boxoffice.testprovider.entity.TestRules.Decision;
import org.junit.jupiter.api.Test;

class TestRulesTest {

    @Test
    void testCardsApproveDeclineOrChallenge() {
        for (String good :
                new String[] {"4242424242424242", "5555555555554444", "2223003122003222", "378282246310005"}) {
            assertThat(card(good)).as(good).isEqualTo(new Decision(ChargeStatus.SUCCEEDED, null, null));
        }
        assertThat(card("4000000000000002").declineCode()).isEqualTo("card_declined");
        assertThat(card("4000000000009995").declineCode()).isEqualTo("insufficient_funds");
        assertThat(card("4000000000000069").declineCode()).isEqualTo("expired_card");
        assertThat(card("4111111111111111")).isEqualTo(new Decision(ChargeStatus.DECLINED, "test_card_unknown", null));
        assertThat(card("4000002760003184")).isEqualTo(new Decision(ChargeStatus.REQUIRES_ACTION, null, "3DS"));
    }

    @Test
    void theThreeDSecureCodeIs123456() {
        assertThat(TestRules.answer("3DS", "123456").status()).isEqualTo(ChargeStatus.SUCCEEDED);
        assertThat(TestRules.answer("3DS", "654321"))
                .isEqualTo(new Decision(ChargeStatus.DECLINED, "authentication_failed", null));
    }

    @Test
    void payPalAsksForApprovalUnlessThePayerDeclines() {
        assertThat(TestRules.decide("PAYPAL", "", "buyer@example.org", ""))
                .isEqualTo(new Decision(ChargeStatus.REQUIRES_ACTION, null, "PAYPAL_APPROVAL"));
        assertThat(TestRules.decide("PAYPAL", "", "Decline.me@example.org", "").declineCode())
                .isEqualTo("payer_declined");
        assertThat(TestRules.answer("PAYPAL_APPROVAL", "approve").status()).isEqualTo(ChargeStatus.SUCCEEDED);
        assertThat(TestRules.answer("PAYPAL_APPROVAL", "cancel").declineCode()).isEqualTo("payer_cancelled");
    }

    @Test
    void walletTokensPassUnlessTheyDecline() {
        assertThat(TestRules.decide("WALLET", "", "", "tok_approve").status()).isEqualTo(ChargeStatus.SUCCEEDED);
        assertThat(TestRules.decide("WALLET", "", "", "tok_anything").status()).isEqualTo(ChargeStatus.SUCCEEDED);
        assertThat(TestRules.decide("WALLET", "", "", "tok_decline").declineCode())
                .isEqualTo("wallet_declined");
        assertThat(TestRules.decide("WALLET", "", "", "approve").declineCode()).isEqualTo("invalid_wallet_token");
    }

    private static Decision card(String number) {
        return TestRules.decide("CARD", number, "", "");
    }
}
