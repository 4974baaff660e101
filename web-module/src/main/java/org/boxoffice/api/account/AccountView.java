package org.boxoffice.api.account;

import java.util.List;
import org.boxoffice.account.entity.Account;

/**
 * An account as its owner and admins see it; phone and postal address are absent when not given.
 * The language is that of its mails and notifications.
 */
public record AccountView(
        String id,
        String email,
        String displayName,
        String phone,
        String postalAddress,
        List<String> roles,
        String status,
        String language) {

    public static AccountView of(Account account) {
        return new AccountView(
                String.valueOf(account.id()),
                account.email(),
                account.displayName(),
                account.phone().orElse(null),
                account.postalAddress().orElse(null),
                account.roles().stream().map(Enum::name).sorted().toList(),
                account.status().name(),
                account.language().getLanguage());
    }
}
