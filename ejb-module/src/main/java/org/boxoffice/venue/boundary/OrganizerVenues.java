package org.boxoffice.venue.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.boxoffice.account.entity.Account;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.venue.control.SeatMapReader;
import org.boxoffice.venue.entity.InvalidVenueException;
import org.boxoffice.venue.entity.Seat;
import org.boxoffice.venue.entity.SeatMap;
import org.boxoffice.venue.entity.Section;
import org.boxoffice.venue.entity.Venue;
import org.boxoffice.venue.entity.VenuePlan;

/**
 * The organizers' venues and seat maps: create a venue, generate a section from rows x seats or a
 * standing area, then change seats' category, mark them accessible or never for sale. An organizer
 * sees and changes only the venues of their organisation; another's venue answers like an unknown
 * id. Seat changes apply to events published afterwards: an event's inventory is made when it is
 * published.
 */
@Stateless
public class OrganizerVenues {

    static final int MAX_SEATS_PER_CHANGE = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    SeatMapReader seatMaps;

    public Venue create(Account organizer, String name, String address, String city, String zone) {
        long organisation = organisationOf(organizer).orElseThrow(NoOrganisationException::new);
        Venue venue = Venue.of(organisation, name, address, city, zone);
        em.persist(venue);
        return venue;
    }

    public Page<Venue> list(Account organizer, int page, int size) {
        Optional<Long> organisation = organisationOf(organizer);
        if (organisation.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        List<Venue> items = em.createNamedQuery(Venue.OF_ORGANISATION, Venue.class)
                .setParameter("organisation", organisation.get())
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(Venue.COUNT_OF_ORGANISATION, Long.class)
                .setParameter("organisation", organisation.get())
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** @throws UnknownVenueException for an unknown id and for another organisation's venue alike */
    public Venue get(Account organizer, long venueId) {
        return Optional.ofNullable(em.find(Venue.class, venueId))
                .filter(venue ->
                        organisationOf(organizer).filter(venue::isKeptBy).isPresent())
                .orElseThrow(() -> new UnknownVenueException(venueId));
    }

    /**
     * The venue for a change made against the version the caller read: the change gives the venue a
     * new version, whatever it changes (a section, seats). Two changes made at once against the same
     * version cannot both be written: the later one fails at its commit ({@code OptimisticLockException}).
     *
     * @param expectedVersion the version the caller read (an {@code If-Match}); null: whatever it is
     * @throws UnknownVenueException as {@link #get}
     * @throws VenueChangedException when the venue is at another version than {@code expectedVersion}
     */
    private Venue getForChange(Account organizer, long venueId, Long expectedVersion) {
        Venue venue = get(organizer, venueId);
        if (expectedVersion != null && expectedVersion != venue.version()) {
            throw new VenueChangedException(venueId, expectedVersion, venue.version());
        }
        em.lock(venue, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return venue;
    }

    /**
     * A section of {@code rows} rows (A, B, ... Z, AA, ...) of {@code seatsPerRow} seats of one category.
     *
     * @throws VenueChangedException when {@code expectedVersion} (null: any) is not the venue's version
     */
    public Section addSeatedSection(
            Account organizer,
            long venueId,
            Long expectedVersion,
            String name,
            int rows,
            int seatsPerRow,
            String category) {
        Venue venue = getForChange(organizer, venueId, expectedVersion);
        String sectionName = sectionName(venue, name);
        List<String> labels = VenuePlan.rowLabels(rows);
        VenuePlan.seatsPerRow(seatsPerRow);
        String seatCategory = VenuePlan.text(category, 30, "category");
        VenuePlan.fits(venue.seatCount(), rows * seatsPerRow);
        Section section = venue.addSeatedSection(sectionName, labels, seatsPerRow, seatCategory);
        em.flush(); // the ids now: the seat map that follows is read by id
        return section;
    }

    /** @throws VenueChangedException when {@code expectedVersion} (null: any) is not the venue's version */
    public Section addStandingSection(
            Account organizer, long venueId, Long expectedVersion, String name, int capacity) {
        Venue venue = getForChange(organizer, venueId, expectedVersion);
        String sectionName = sectionName(venue, name);
        VenuePlan.capacity(capacity);
        Section section = venue.addStandingSection(sectionName, capacity);
        em.flush();
        return section;
    }

    /**
     * Gives the chosen seats a category and marks them accessible or not, blocked or not.
     *
     * @return how many seats changed, and the venue's new version
     * @throws InvalidVenueException (seats-unknown) when a seat is not one of this venue's
     * @throws VenueChangedException when {@code expectedVersion} (null: any) is not the venue's version
     */
    public ChangedSeats changeSeats(
            Account organizer,
            long venueId,
            Long expectedVersion,
            Collection<Long> seatIds,
            String category,
            boolean accessible,
            boolean blocked) {
        Venue venue = getForChange(organizer, venueId, expectedVersion);
        String seatCategory = VenuePlan.text(category, 30, "category");
        Set<Long> ids = Set.copyOf(seatIds);
        if (ids.isEmpty() || ids.size() > MAX_SEATS_PER_CHANGE) {
            throw new InvalidVenueException("seats-unknown");
        }
        List<Seat> seats = em.createQuery(
                        "select s from Seat s where s.id in :ids and s.section.venue = :venue", Seat.class)
                .setParameter("ids", ids)
                .setParameter("venue", venue)
                .getResultList();
        if (seats.size() != ids.size()) {
            throw new InvalidVenueException("seats-unknown");
        }
        seats.forEach(seat -> seat.change(seatCategory, accessible, blocked));
        em.flush(); // the venue's new version now, for the answer
        return new ChangedSeats(seats.size(), venue.version());
    }

    /** What a change of seats did: how many it changed, and the venue's version after it. */
    public record ChangedSeats(int count, long venueVersion) {}

    /**
     * How many seats of the venue can be sold (not blocked): in a section and of a category if
     * given. The venue's own question, asked by the catalog when a ticket type is added.
     */
    public long sellableSeats(Venue venue, Section section, String category) {
        StringBuilder query =
                new StringBuilder("select count(s) from Seat s where s.section.venue = :venue and s.blocked = false");
        if (section != null) {
            query.append(" and s.section = :section");
        }
        if (category != null) {
            query.append(" and s.category = :category");
        }
        var count = em.createQuery(query.toString(), Long.class).setParameter("venue", venue);
        if (section != null) {
            count.setParameter("section", section);
        }
        if (category != null) {
            count.setParameter("category", category);
        }
        return count.getSingleResult();
    }

    /** The seat categories of the venue's seats that can be sold, A to Z. */
    public List<String> seatCategories(Venue venue) {
        return em.createQuery(
                        "select distinct s.category from Seat s where s.section.venue = :venue and s.blocked = false"
                                + " order by s.category",
                        String.class)
                .setParameter("venue", venue)
                .getResultList();
    }

    public SeatMap seatMap(Account organizer, long venueId) {
        return seatMaps.ofVenue(get(organizer, venueId));
    }

    private static String sectionName(Venue venue, String name) {
        String sectionName = VenuePlan.text(name, 80, "section-name");
        if (venue.hasSection(sectionName)) {
            throw new InvalidVenueException("section-name-taken");
        }
        return sectionName;
    }

    private static Optional<Long> organisationOf(Account organizer) {
        return organizer.organisationAsOrganizer();
    }
}
