package org.boxoffice.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.boxoffice.account.entity.Account;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventImage;
import org.boxoffice.catalog.entity.ImageCheck;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Events' images: organizers upload (a checked PNG or JPEG) and remove them; customers see those of
 * events that are on the public catalog. Bytes are loaded only when an image itself is asked for.
 */
@Stateless
public class EventImages {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganizerEvents events;

    @Inject
    Catalog catalog;

    @Inject
    @ConfigProperty(name = "boxoffice.catalog.image-max-bytes", defaultValue = "2097152")
    long maxBytes;

    /**
     * Sets or replaces the image of one of the organisation's events, a draft or a published one.
     *
     * @throws UnknownEventException for an unknown or another organisation's event
     * @throws org.boxoffice.catalog.entity.InvalidImageException when it is not an image to show
     * @throws org.boxoffice.catalog.entity.InvalidEventStateException when the event is cancelled
     * @throws EventBusyException when another change of the event keeps it locked too long
     * @throws EventChangedException when {@code expectedVersion} (null: any) is not the event's version
     */
    public Event put(Account organizer, long eventId, Long expectedVersion, byte[] data) {
        // the image is read and checked before the event is locked: decoding takes time that
        // another change of the event need not wait for
        ImageCheck.Checked image = ImageCheck.check(data, maxBytes);
        Event event = events.getForChange(organizer, eventId, expectedVersion);
        event.imageChanged(now());
        EventImage stored = em.find(EventImage.class, event.id());
        if (stored == null) {
            em.persist(new EventImage(event.id(), image));
        } else {
            stored.replace(image);
        }
        em.flush();
        return event;
    }

    /**
     * Removes the event's image, if it has one.
     *
     * @throws UnknownEventException for an unknown or another organisation's event
     * @throws EventBusyException when another change of the event keeps it locked too long
     * @throws EventChangedException when {@code expectedVersion} (null: any) is not the event's version
     */
    public Event remove(Account organizer, long eventId, Long expectedVersion) {
        Event event = events.getForChange(organizer, eventId, expectedVersion);
        EventImage stored = em.find(EventImage.class, event.id());
        if (stored != null) {
            em.remove(stored);
            event.imageChanged(null);
        }
        em.flush(); // the new version now, for the answer
        return event;
    }

    /**
     * The image of an event on the public catalog.
     *
     * @throws UnknownEventException for an unknown id
     * @throws EventNotOnSaleException for a draft
     * @throws NoImageException when it has none
     */
    public EventImage ofPublicEvent(long eventId) {
        Event event = catalog.getPublishedEvent(eventId);
        EventImage image = em.find(EventImage.class, event.id());
        if (image == null) {
            throw new NoImageException();
        }
        return image;
    }

    /** The image of one of the organisation's events, drafts included, for its editor. */
    public EventImage ofOwnEvent(Account organizer, long eventId) {
        Event event = events.get(organizer, eventId);
        EventImage image = em.find(EventImage.class, event.id());
        if (image == null) {
            throw new NoImageException();
        }
        return image;
    }

    public long maxBytes() {
        return maxBytes;
    }

    private static OffsetDateTime now() {
        // whole milliseconds: the time is part of the image's address and must read back the same
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
