package org.boxoffice.api.account;

import java.util.List;
import org.boxoffice.account.entity.Account;

public record AccountView(String id, String email, String displayName, List<String> roles, String status) {

    public static AccountView of(Account account) {
        return new AccountView(
                String.valueOf(account.id()),
                account.email(),
                account.displayName(),
                account.roles().stream().map(Enum::name).sorted().toList(),
                account.status().name());
    }
}
