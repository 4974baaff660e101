package org.boxoffice.api;

import org.boxoffice.platform.entity.Money;

/** Money in JSON: {@code {"amount": "12.50", "currency": "EUR"}}, the amount as a string. */
public record MoneyView(String amount, String currency) {

    public static MoneyView of(Money money) {
        return money == null
                ? null
                : new MoneyView(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
}
