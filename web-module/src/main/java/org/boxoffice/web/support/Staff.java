package org.boxoffice.web.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.AccountQuery;
import org.boxoffice.account.entity.Role;
import org.boxoffice.platform.entity.Page;

/** The desk's members, whom a case can be given to: the active support and admin accounts, by name. */
final class Staff {

    private Staff() {}

    /** Display name (with the e-mail address, names repeat) to account id, sorted by name. */
    static Map<String, Long> choices(Accounts accounts) {
        List<Account> members = new ArrayList<>();
        for (Role role : List.of(Role.SUPPORT, Role.ADMIN)) {
            members.addAll(accounts.search(new AccountQuery(null, role, Account.Status.ACTIVE), 1, Page.MAX_SIZE)
                    .items());
        }
        Map<String, Long> choices = new LinkedHashMap<>();
        members.stream()
                .sorted(Comparator.comparing(Account::displayName, String.CASE_INSENSITIVE_ORDER))
                .forEach(
                        member -> choices.putIfAbsent(member.displayName() + " <" + member.email() + ">", member.id()));
        return choices;
    }
}
