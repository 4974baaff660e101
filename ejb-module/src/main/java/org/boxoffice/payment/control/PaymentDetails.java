package org.boxoffice.payment.control;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.boxoffice.payment.entity.InvalidPaymentException;
import org.boxoffice.payment.entity.PaymentMethod;

/**
 * What the customer pays with, as sent: a card (number, expiry {@code MM/YY}, security code), the
 * e-mail of a PayPal-like account, or a wallet's one-time token; or nothing but the method, when
 * the customer's browser gives the details to the provider's own form, which then confirms the
 * payment ({@link #confirmedByProvider}: Stripe's Payment Element). Passed to the provider, never
 * stored; {@link #toString} shows no card data.
 *
 * @param confirmedByProvider the details are entered into the provider's own form in the
 *     customer's browser, which confirms the charge there; none are sent through the platform
 */
public record PaymentDetails(
        PaymentMethod method,
        String cardNumber,
        String cardExpiry,
        String cardCvc,
        String payerEmail,
        String walletToken,
        boolean confirmedByProvider) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{12,19}");
    private static final Pattern CVC = Pattern.compile("[0-9]{3,4}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_\\-]{1,200}");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("MM/uu", Locale.ROOT);

    /** Details sent through the platform (a card, a PayPal-like account, a wallet's token). */
    public PaymentDetails(
            PaymentMethod method,
            String cardNumber,
            String cardExpiry,
            String cardCvc,
            String payerEmail,
            String walletToken) {
        this(method, cardNumber, cardExpiry, cardCvc, payerEmail, walletToken, false);
    }

    public static PaymentDetails card(String number, String expiry, String cvc) {
        return new PaymentDetails(PaymentMethod.CARD, number, expiry, cvc, null, null);
    }

    /**
     * A payment whose details the customer enters into the provider's own form in the browser,
     * which confirms it there; only for a provider that {@linkplain PaymentGateway#confirmsInBrowser
     * confirms in the browser}.
     */
    public static PaymentDetails confirmedByProvider(PaymentMethod method) {
        return new PaymentDetails(method, null, null, null, null, null, true);
    }

    public static PaymentDetails payPal(String email) {
        return new PaymentDetails(PaymentMethod.PAYPAL, null, null, null, email, null);
    }

    public static PaymentDetails wallet(String token) {
        return new PaymentDetails(PaymentMethod.WALLET, null, null, null, null, token);
    }

    /**
     * Checks what can be checked without the provider.
     *
     * <p>Details {@linkplain #confirmedByProvider confirmed by the provider} need the method only,
     * and must carry no card number or security code: those are typed into the provider's form.
     *
     * @throws InvalidPaymentException naming what is missing or malformed
     */
    public void check(YearMonth thisMonth) {
        if (method == null) {
            throw new InvalidPaymentException("method");
        }
        if (confirmedByProvider) {
            if (present(cardNumber) || present(cardCvc)) {
                throw new InvalidPaymentException("card-data");
            }
            return;
        }
        switch (method) {
            case CARD -> {
                String number = digits();
                if (!DIGITS.matcher(number).matches() || !luhn(number)) {
                    throw new InvalidPaymentException("card-number");
                }
                YearMonth expiry = expiry();
                if (expiry == null) {
                    throw new InvalidPaymentException("card-expiry");
                }
                if (expiry.isBefore(thisMonth)) {
                    throw new InvalidPaymentException("card-expired");
                }
                if (cardCvc == null || !CVC.matcher(cardCvc.strip()).matches()) {
                    throw new InvalidPaymentException("card-cvc");
                }
            }
            case PAYPAL -> {
                if (payerEmail == null || !EMAIL.matcher(payerEmail.strip()).matches()) {
                    throw new InvalidPaymentException("payer-email");
                }
            }
            case WALLET -> {
                if (walletToken == null || !TOKEN.matcher(walletToken.strip()).matches()) {
                    throw new InvalidPaymentException("wallet-token");
                }
            }
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The card number without spaces or dashes. */
    public String digits() {
        return cardNumber == null ? "" : cardNumber.replaceAll("[ -]", "");
    }

    /** The card's expiry month, or null when it is not {@code MM/YY}. */
    public YearMonth expiry() {
        if (cardExpiry == null) {
            return null;
        }
        try {
            return YearMonth.parse(cardExpiry.strip(), EXPIRY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The last four digits of a card, the only part kept. */
    public String last4() {
        String number = digits();
        return method == PaymentMethod.CARD && number.length() >= 4 ? number.substring(number.length() - 4) : null;
    }

    /**
     * The card's brand by its first digits, as shown to the customer; null when the provider's form
     * takes the card.
     */
    public String brand() {
        if (method != PaymentMethod.CARD || confirmedByProvider) {
            return null;
        }
        String number = digits();
        if (number.startsWith("4")) {
            return "Visa";
        }
        if (number.matches("5[1-5].*") || number.matches("2(2[2-9]|[3-6][0-9]|7[01]|720).*")) {
            return "Mastercard";
        }
        if (number.matches("3[47].*")) {
            return "American Express";
        }
        return "Card";
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return "PaymentDetails[" + method + (last4() == null ? "" : " ending " + last4())
                + (confirmedByProvider ? ", confirmed by the provider" : "") + "]";
    }
}
