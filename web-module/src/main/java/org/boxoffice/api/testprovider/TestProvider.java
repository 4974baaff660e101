package org.boxoffice.api.testprovider;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The test provider's book of charges, in memory (the newest 100,000): what it charged, for what,
 * and what it refunded; and its rules for test cards, PayPal-like accounts and wallet tokens.
 */
@ApplicationScoped
public class TestProvider {

    /** The 3-D Secure code the test provider accepts; any other answer fails the challenge. */
    public static final String CHALLENGE_CODE = "123456";

    static final int KEPT = 100_000;

    /** A charge at the provider. {@code status}: succeeded, declined, requires_action, refunded. */
    public static final class Charge {
        final String id;
        final String method;
        final BigDecimal amount;
        final String currency;
        final String description;
        String status;
        String declineCode;
        String challenge;
        String refundId;

        Charge(String method, BigDecimal amount, String currency, String description) {
            this.id = "ch_" + UUID.randomUUID().toString().replace("-", "");
            this.method = method;
            this.amount = amount;
            this.currency = currency;
            this.description = description;
        }
    }

    private final Map<String, Charge> charges = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Charge> eldest) {
            return size() > KEPT;
        }
    };

    /** Idempotency keys seen, and the charge or refund each made. */
    private final Map<String, String> keys = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 2 * KEPT;
        }
    };

    /** A new charge (or the one made before with the same key), decided by the test rules. */
    public synchronized Charge charge(
            String key,
            String method,
            BigDecimal amount,
            String currency,
            String description,
            String cardNumber,
            String payerEmail,
            String walletToken) {
        String earlier = keys.get(key);
        if (earlier != null && charges.containsKey(earlier)) {
            return charges.get(earlier);
        }
        Charge charge = new Charge(method, amount, currency, description);
        switch (method) {
            case "CARD" -> card(charge, cardNumber);
            case "PAYPAL" -> {
                if (payerEmail.toLowerCase(java.util.Locale.ROOT).startsWith("decline")) {
                    decline(charge, "payer_declined");
                } else {
                    challenge(charge, "PAYPAL_APPROVAL");
                }
            }
            default -> {
                if ("tok_decline".equals(walletToken)) {
                    decline(charge, "wallet_declined");
                } else if (walletToken.startsWith("tok_")) {
                    charge.status = "succeeded";
                } else {
                    decline(charge, "invalid_wallet_token");
                }
            }
        }
        charges.put(charge.id, charge);
        keys.put(key, charge.id);
        return charge;
    }

    /** Card rules, as real providers' test cards. */
    private static void card(Charge charge, String number) {
        switch (number) {
            case "4242424242424242", "5555555555554444", "2223003122003222", "378282246310005" ->
                charge.status = "succeeded";
            case "4000000000000002" -> decline(charge, "card_declined");
            case "4000000000009995" -> decline(charge, "insufficient_funds");
            case "4000000000000069" -> decline(charge, "expired_card");
            case "4000002760003184" -> challenge(charge, "3DS");
            default -> decline(charge, "test_card_unknown");
        }
    }

    private static void decline(Charge charge, String code) {
        charge.status = "declined";
        charge.declineCode = code;
    }

    private static void challenge(Charge charge, String kind) {
        charge.status = "requires_action";
        charge.challenge = kind;
    }

    /** The customer's answer to a charge's challenge; null for an unknown charge. */
    public synchronized Charge complete(String chargeId, String answer) {
        Charge charge = charges.get(chargeId);
        if (charge == null || !"requires_action".equals(charge.status)) {
            return charge;
        }
        boolean card = "3DS".equals(charge.challenge);
        boolean passed = card ? CHALLENGE_CODE.equals(answer) : "approve".equals(answer);
        charge.challenge = null;
        if (passed) {
            charge.status = "succeeded";
        } else {
            decline(charge, card ? "authentication_failed" : "payer_cancelled");
        }
        return charge;
    }

    /** Refunds a succeeded charge in full (once, whatever the key); null for an unknown charge. */
    public synchronized Charge refund(String chargeId, String key) {
        Charge charge = charges.get(chargeId);
        if (charge == null) {
            return null;
        }
        if ("succeeded".equals(charge.status)) {
            charge.status = "refunded";
            charge.refundId = "re_" + UUID.randomUUID().toString().replace("-", "");
            keys.put(key, charge.refundId);
        }
        return charge;
    }

    /** The charges with this description, oldest first. */
    public synchronized List<Charge> described(String description) {
        List<Charge> found = new ArrayList<>();
        for (Charge charge : charges.values()) {
            if (charge.description.equals(description)) {
                found.add(charge);
            }
        }
        return found;
    }
}
