package org.boxoffice.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.platform.BusinessException;

/**
 * Checks an e-mail address and password against the accounts in the database, with the same rules
 * as the API's sign-in: PBKDF2 hashes, lock-out and throttling, unverified accounts refused. The
 * caller is named by the account id; its groups are the account's roles.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    ClientAddress client;

    @Inject
    SignInOutcome outcome;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            Account account = accounts.authenticate(
                    password.getCaller(), password.getPassword().getValue(), client.value(), Accounts.Channel.PORTAL);
            return new CredentialValidationResult(String.valueOf(account.id()), groupsOf(account));
        } catch (BusinessException e) {
            outcome.failed(e);
            return CredentialValidationResult.INVALID_RESULT;
        }
    }

    static Set<String> groupsOf(Account account) {
        return account.roles().stream().map(Enum::name).collect(Collectors.toSet());
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE);
    }
}
