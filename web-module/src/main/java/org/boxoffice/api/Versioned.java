package org.boxoffice.api;

/**
 * An answer about one thing that integrators change (an event, a venue): its {@code version} is
 * also the answer's {@code ETag}, which a change sends back as {@code If-Match} ({@link EntityTags}).
 */
public interface Versioned {

    long version();
}
