package org.boxoffice.account.boundary;

import java.time.Duration;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.platform.RetryLater;

/** Too many failed sign-ins in a row: the account refuses sign-ins for a while. */
public class AccountLockedException extends BusinessException implements RetryLater {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public AccountLockedException(Duration retryAfter) {
        super(Kind.TOO_MANY, "account.locked", Math.max(1, retryAfter.toMinutes() + 1));
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
