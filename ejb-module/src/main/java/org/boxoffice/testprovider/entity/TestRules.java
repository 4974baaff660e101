package org.boxoffice.testprovider.entity;

import java.util.Locale;

/**
 * The test provider's rules, as real providers' test modes have them: which card numbers approve,
 * decline or ask for 3-D Secure, which PayPal-like accounts decline, which wallet tokens pass.
 */
public final class TestRules {

    /** The 3-D Secure code the test provider accepts; any other answer fails the challenge. */
    public static final String CHALLENGE_CODE = "123456";

    /** The card whose charge makes the provider fail (HTTP 500), nothing charged. */
    public static final String FAILING_CARD = "4000000000000119";

    /**
     * The card whose charge succeeds at once, and whose answer the provider sends only after {@link
     * #SLOW_ANSWER}: longer than the platform waits, as a network that drops the answer. The charge
     * is made and its webhook queued before the wait.
     */
    public static final String SLOW_CARD = "4000000000000077";

    /** How long the answer to a charge with {@link #SLOW_CARD} takes. */
    public static final java.time.Duration SLOW_ANSWER = java.time.Duration.ofSeconds(30);

    /** What a charge's details decide: its status, and why it was declined or what it waits for. */
    public record Decision(ChargeStatus status, String declineCode, String challenge) {

        static Decision succeeded() {
            return new Decision(ChargeStatus.SUCCEEDED, null, null);
        }

        static Decision declined(String code) {
            return new Decision(ChargeStatus.DECLINED, code, null);
        }

        static Decision challenged(String kind) {
            return new Decision(ChargeStatus.REQUIRES_ACTION, null, kind);
        }
    }

    private TestRules() {}

    /**
     * @param method CARD, PAYPAL or WALLET
     * @param cardNumber the card's digits (CARD)
     * @param payerEmail the PayPal-like account (PAYPAL)
     * @param walletToken the wallet's token (WALLET)
     */
    public static Decision decide(String method, String cardNumber, String payerEmail, String walletToken) {
        return switch (method) {
            case "CARD" -> card(cardNumber);
            case "PAYPAL" ->
                payerEmail.toLowerCase(Locale.ROOT).startsWith("decline")
                        ? Decision.declined("payer_declined")
                        : Decision.challenged("PAYPAL_APPROVAL");
            case "WALLET" -> {
                if ("tok_decline".equals(walletToken)) {
                    yield Decision.declined("wallet_declined");
                }
                yield walletToken.startsWith("tok_") ? Decision.succeeded() : Decision.declined("invalid_wallet_token");
            }
            default -> throw new IllegalArgumentException("unknown method " + method);
        };
    }

    /** Card rules, as real providers' test cards. */
    private static Decision card(String number) {
        return switch (number) {
            case "4242424242424242", "5555555555554444", "2223003122003222", "378282246310005", SLOW_CARD ->
                Decision.succeeded();
            case "4000000000000002" -> Decision.declined("card_declined");
            case "4000000000009995" -> Decision.declined("insufficient_funds");
            case "4000000000000069" -> Decision.declined("expired_card");
            case "4000002760003184" -> Decision.challenged("3DS");
            default -> Decision.declined("test_card_unknown");
        };
    }

    /** The customer's answer to a challenge: the 3-D Secure code, or {@code approve} for PayPal. */
    static Decision answer(String challenge, String answer) {
        boolean card = "3DS".equals(challenge);
        boolean passed = card ? CHALLENGE_CODE.equals(answer) : "approve".equals(answer);
        if (passed) {
            return Decision.succeeded();
        }
        return Decision.declined(card ? "authentication_failed" : "payer_cancelled");
    }
}
