package org.boxoffice.payment.entity;

/** How a customer pays: a card, a PayPal-like account, or a wallet (a token from the device). */
public enum PaymentMethod {
    CARD,
    PAYPAL,
    WALLET
}
