package org.boxoffice.account.boundary;

import java.time.Duration;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.platform.RetryLater;

/** Too many failed sign-ins from one address, whatever the accounts tried: slowed down for a while. */
public class TooManySignInsException extends BusinessException implements RetryLater {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManySignInsException(Duration retryAfter) {
        super(Kind.TOO_MANY, "account.too-many-sign-ins", Math.max(1, retryAfter.toMinutes() + 1));
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
