package org.boxoffice.admin.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.boundary.Privacy;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.admin.boundary.AccountAdministrationException.Reason;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.notification.entity.Template;

/**
 * What admins do to accounts: roles, disabling and enabling, closing at the owner's request. Every
 * change is in the audit trail, with the state before and after.
 *
 * <p>No change leaves the platform without an active admin: admins never change their own roles
 * nor disable or close their own account, and each change locks the acting admin's account beside
 * the one it changes (in id order) and checks under that lock that the admin is still an active
 * admin, so that two admins cannot take each other's role away at the same moment.
 */
@Stateless
public class AccountAdministration {

    @Inject
    Accounts accounts;

    @Inject
    Privacy privacy;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    /**
     * Gives an account these roles, replacing its own.
     *
     * @throws OwnRolesException for the admin's own account: another admin must do that, so that
     *     nobody locks the last admin out by mistake
     * @throws NoRolesException for an empty set
     * @throws AccountAdministrationException when it would take the last active admin's role away
     * @throws org.boxoffice.account.entity.AccountStatusException for a closed account
     */
    public Account changeRoles(long adminId, long accountId, Set<Role> roles, String address) {
        if (adminId == accountId) {
            throw new OwnRolesException();
        }
        if (roles.isEmpty()) {
            throw new NoRolesException();
        }
        Change change = lock(adminId, accountId);
        Account account = change.account();
        if (!roles.contains(Role.ADMIN)) {
            keepAnAdmin(account);
        }
        Set<String> before = names(account.roles());
        account.changeRoles(EnumSet.copyOf(roles));
        change.record(Action.ROLES_CHANGED, account.email() + ": " + before + " -> " + names(account.roles()), address);
        return account;
    }

    /**
     * Stops an active account from signing in, for {@code reason}: its sessions and API tokens stop
     * at once. Its owner is told by mail (without the reason, which is for the admins).
     *
     * @throws AccountAdministrationException for the admin's own account, the last active admin or
     *     a missing reason
     * @throws org.boxoffice.account.entity.AccountStatusException for an account that is not active
     */
    public Account disable(long adminId, long accountId, String reason, String address) {
        String why = reason(reason);
        if (adminId == accountId) {
            throw new AccountAdministrationException(Reason.OWN_ACCOUNT);
        }
        Change change = lock(adminId, accountId);
        Account account = change.account();
        keepAnAdmin(account);
        Account.Status before = account.status();
        account.disable(why, now());
        change.record(
                Action.ACCOUNT_DISABLED,
                account.email() + ": " + before + " -> " + account.status() + "; reason: " + why,
                address);
        notifications.send(Notice.account(Template.ACCOUNT_DISABLED, account.id(), account.email(), null, null));
        return account;
    }

    /**
     * Lets a disabled account sign in again (with a new sign-in: what was signed in before it was
     * disabled stays out). Its owner is told by mail.
     *
     * @throws org.boxoffice.account.entity.AccountStatusException for an account that is not disabled
     */
    public Account enable(long adminId, long accountId, String address) {
        Change change = lock(adminId, accountId);
        Account account = change.account();
        Account.Status before = account.status();
        String why = account.disabledReason().orElse("");
        account.enable();
        change.record(
                Action.ACCOUNT_ENABLED,
                account.email() + ": " + before + " -> " + account.status() + "; it was disabled for: " + why,
                address);
        notifications.send(Notice.account(Template.ACCOUNT_ENABLED, account.id(), account.email(), null, null));
        return account;
    }

    /**
     * Closes an account for good at its owner's request, as the owner's own closing does it:
     * personal data erased, sessions and tokens ended.
     *
     * @param reason how the owner asked, for the audit trail (their address in it is replaced too)
     * @throws AccountAdministrationException for the admin's own account, the last active admin or
     *     a missing reason
     * @throws org.boxoffice.account.entity.AccountStatusException for an account closed already
     */
    public Account close(long adminId, long accountId, String reason, String address) {
        String why = reason(reason);
        if (adminId == accountId) {
            throw new AccountAdministrationException(Reason.OWN_ACCOUNT);
        }
        Change change = lock(adminId, accountId);
        Account account = change.account();
        keepAnAdmin(account);
        String formerEmail = account.email();
        Account.Status before = account.status();
        String placeholder = privacy.closeOnRequest(account);
        change.record(
                Action.ACCOUNT_CLOSED,
                placeholder + ": " + before + " -> " + account.status()
                        + "; closed by an admin at its owner's request: " + why.replace(formerEmail, placeholder),
                address);
        return account;
    }

    /** The acting admin's account and the one it changes, both locked. */
    private record Change(Account admin, Account account, AuditTrail audit) {

        void record(Action action, String detail, String address) {
            audit.record(admin.id(), admin.email(), action, account.id(), detail, address);
        }
    }

    private Change lock(long adminId, long accountId) {
        Map<Long, Account> locked = accounts.lock(List.of(adminId, accountId));
        Account admin = locked.get(adminId);
        if (!admin.isActive() || !admin.has(Role.ADMIN)) {
            throw new AccountAdministrationException(Reason.NOT_AN_ADMIN);
        }
        return new Change(admin, locked.get(accountId), audit);
    }

    /** Refuses a change that takes away the last active admin (the account, which is locked). */
    private void keepAnAdmin(Account account) {
        if (account.isActive() && account.has(Role.ADMIN) && accounts.otherActiveAdmins(account.id()) == 0) {
            throw new AccountAdministrationException(Reason.LAST_ADMIN, account.email());
        }
    }

    /** The reason given, without spaces around: text, where only line breaks and tabs may be control characters. */
    static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()
                || why.length() > Account.REASON_MAX
                || why.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new AccountAdministrationException(Reason.REASON_REQUIRED, Account.REASON_MAX);
        }
        return why;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static Set<String> names(Set<Role> roles) {
        Set<String> names = new TreeSet<>();
        roles.forEach(role -> names.add(role.name()));
        return names;
    }
}
