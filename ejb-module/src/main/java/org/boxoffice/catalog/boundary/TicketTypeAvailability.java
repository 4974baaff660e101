package org.boxoffice.catalog.boundary;

import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.platform.entity.Money;

/**
 * How one ticket type of a published event stands, for its organizer.
 *
 * @param capacity the seats with an inventory row, or the general-admission places
 * @param available what can be sold now
 * @param held in customers' bookings that are not paid yet
 * @param sold paid or confirmed free (general admission: every place taken that no held booking
 *     holds)
 * @param withheld seats the organizer holds back
 * @param revenue what the confirmed bookings of the type paid, in the type's currency (refunds
 *     are no longer counted)
 */
public record TicketTypeAvailability(
        TicketType type, long capacity, long available, long held, long sold, long withheld, Money revenue) {}
