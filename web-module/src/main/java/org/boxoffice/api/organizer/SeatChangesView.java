package org.boxoffice.api.organizer;

import org.boxoffice.api.Versioned;

/**
 * What a change of a venue's seats did: how many seats it changed, and the venue's version after
 * it, also the answer's {@code ETag}.
 */
public record SeatChangesView(int changed, long version) implements Versioned {}
