package org.boxoffice.venue.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.boxoffice.venue.entity.Venue;

/** Venues with their seat maps. */
@Stateless
public class Venues {

    @PersistenceContext
    EntityManager em;

    /** Stores a venue built with its sections and seats ({@link Venue#addSeatedSection}). */
    public Venue create(Venue venue) {
        em.persist(venue);
        return venue;
    }

    public Optional<Venue> find(long id) {
        return Optional.ofNullable(em.find(Venue.class, id));
    }
}
