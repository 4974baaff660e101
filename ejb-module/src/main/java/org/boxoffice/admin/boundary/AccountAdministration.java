package org.boxoffice.admin.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.admin.entity.AuditEvent.Action;

/** What admins do to accounts; every change is in the audit trail. */
@Stateless
public class AccountAdministration {

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    /**
     * Gives an account these roles, replacing its own.
     *
     * @throws OwnRolesException for the admin's own account: another admin must do that, so that
     *     nobody locks the last admin out by mistake
     * @throws NoRolesException for an empty set
     */
    public Account changeRoles(long adminId, long accountId, Set<Role> roles, String address) {
        if (adminId == accountId) {
            throw new OwnRolesException();
        }
        if (roles.isEmpty()) {
            throw new NoRolesException();
        }
        Account admin = accounts.get(adminId);
        Account account = accounts.get(accountId);
        Set<String> before = names(account.roles());
        account.changeRoles(EnumSet.copyOf(roles));
        audit.record(
                admin.id(),
                admin.email(),
                Action.ROLES_CHANGED,
                account.id(),
                account.email() + ": " + before + " -> " + names(account.roles()),
                address);
        return account;
    }

    private static Set<String> names(Set<Role> roles) {
        Set<String> names = new TreeSet<>();
        roles.forEach(role -> names.add(role.name()));
        return names;
    }
}
