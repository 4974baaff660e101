package org.boxoffice.account.boundary;

import org.boxoffice.platform.BusinessException;

/**
 * The right password, but an admin has disabled the account. Said only to someone who knows the
 * password, as for an unconfirmed address: a wrong one gets {@link InvalidCredentialsException}
 * whatever the account's status.
 */
public class AccountDisabledException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccountDisabledException() {
        super(Kind.FORBIDDEN, "account.disabled");
    }
}
