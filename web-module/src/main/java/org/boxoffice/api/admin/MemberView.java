package org.boxoffice.api.admin;

import java.util.List;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;

/**
 * A member of an organisation: its account's id, address, name, status and roles; {@code organizer}
 * and {@code financeContact} say which member roles it holds (a member without either keeps its
 * membership for when a role is given back).
 */
public record MemberView(
        String accountId,
        String email,
        String displayName,
        String status,
        List<String> roles,
        boolean organizer,
        boolean financeContact) {

    static MemberView of(Account account) {
        return new MemberView(
                String.valueOf(account.id()),
                account.email(),
                account.displayName(),
                account.status().name(),
                account.roles().stream().map(Enum::name).sorted().toList(),
                account.has(Role.ORGANIZER),
                account.has(Role.FINANCE));
    }
}
