package org.boxoffice.api.organizer;

import java.util.List;
import org.boxoffice.api.Versioned;
import org.boxoffice.venue.entity.Section;
import org.boxoffice.venue.entity.Venue;

/**
 * A venue with its sections. {@code version} is the venue's version, also the answer's {@code
 * ETag}: a change sends it back as {@code If-Match}.
 */
public record VenueView(
        String id,
        String name,
        String address,
        String city,
        String zoneId,
        int seats,
        List<SectionView> sections,
        long version)
        implements Versioned {

    public record SectionView(String id, String name, boolean seated, int capacity) {
        static SectionView of(Section section) {
            return new SectionView(
                    String.valueOf(section.id()), section.name(), section.isSeated(), section.capacity());
        }
    }

    public static VenueView of(Venue venue) {
        return new VenueView(
                String.valueOf(venue.id()),
                venue.name(),
                venue.address(),
                venue.city(),
                venue.zone().getId(),
                venue.seatCount(),
                venue.sections().stream().map(SectionView::of).toList(),
                venue.version());
    }
}
