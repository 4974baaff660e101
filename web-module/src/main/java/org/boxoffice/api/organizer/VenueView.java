package org.boxoffice.api.organizer;

import java.util.List;
import org.boxoffice.venue.entity.Section;
import org.boxoffice.venue.entity.Venue;

/** A venue as its organizers see it, with its sections. */
public record VenueView(
        String id, String name, String address, String city, String zoneId, int seats, List<SectionView> sections) {

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
                venue.sections().stream().map(SectionView::of).toList());
    }
}
