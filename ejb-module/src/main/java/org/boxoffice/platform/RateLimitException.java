package org.boxoffice.platform;

import java.time.Duration;

/**
 * More requests than a rate limit allows in its window: refused until the window ends (429 with
 * {@code Retry-After}).
 */
public class RateLimitException extends BusinessException implements RetryLater {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * @param what {@code client} for an API client's limit, {@code address} for an address's
     */
    public RateLimitException(String what, long limit, Duration window, Duration retryAfter) {
        super(Kind.TOO_MANY, "rate-limit." + what, limit, window.toSeconds(), Math.max(1, retryAfter.toSeconds()));
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
