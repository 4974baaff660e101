package org.boxoffice.api.catalog;

import java.math.BigDecimal;

/**
 * How requests write an event's payment terms: {@code vatRate}, a percentage as a string such as
 * {@code "19.00"} (0 to 100, at most 2 decimals; 0 when left out), and {@code paymentMethods},
 * the methods accepted, some of CARD, PAYPAL and WALLET (all of them when left out).
 */
public final class PaymentTermsInput {

    /** A rate from 0 to 100 with at most 2 decimals: 0, 7, 19.00, 7.5, 100.00. */
    public static final String VAT_RATE = "(100(\\.0{1,2})?|\\d{1,2}(\\.\\d{1,2})?)";

    public static final String VAT_RATE_MESSAGE =
            "must be a percentage from 0 to 100 with at most 2 decimals, such as 19.00";

    public static final String METHODS_MESSAGE = "must name 1 to 3 of CARD, PAYPAL and WALLET";

    private PaymentTermsInput() {}

    /** The rate as given (already checked by the request's constraints); null when left out. */
    public static BigDecimal rate(String vatRate) {
        return vatRate == null ? null : new BigDecimal(vatRate);
    }
}
