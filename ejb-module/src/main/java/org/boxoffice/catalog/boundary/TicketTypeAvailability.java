package org.boxoffice.catalog.boundary;

import org.boxoffice.catalog.entity.TicketType;

/**
 * How one ticket type of a published event stands, for its organizer.
 *
 * @param capacity the seats with an inventory row, or the general-admission places
 * @param available what can be sold now
 * @param held in customers' bookings that are not paid yet (seats; general admission counts them
 *     in {@code sold} until bookings tell them apart)
 * @param sold sold, or taken from a general-admission allotment
 * @param withheld seats the organizer holds back
 */
public record TicketTypeAvailability(
        TicketType type, long capacity, long available, long held, long sold, long withheld) {}
