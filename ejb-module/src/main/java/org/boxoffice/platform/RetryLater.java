package org.boxoffice.platform;

import java.time.Duration;

/** A refusal that lifts by itself: the caller may try again after {@link #retryAfter()}. */
public interface RetryLater {

    Duration retryAfter();
}
