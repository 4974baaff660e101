package org.boxoffice.catalog.boundary;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What an organizer writes about an event, as they think of it: times are local date-times at the
 * venue, read in the venue's zone; a journey's arrival is read in its arrival zone.
 *
 * @param salesStart when tickets go on sale; null for from publication
 * @param salesEnd when sales stop; null for when the event starts
 * @param maxPerOrder the most tickets one order may hold; null for the default of 10
 * @param origin where a journey departs; null with {@code destination} for an event
 * @param destination where a journey arrives
 * @param arrivalZone the IANA zone of the arrival; null for the venue's
 * @param maxPerCustomer the most tickets one customer may have of the event in held and confirmed
 *     bookings together; null for no limit
 * @param cancellationHours customers may cancel a confirmed booking, refunded, until this many
 *     hours before the start; null when they cannot cancel
 * @param vatRate the VAT rate included in the ticket prices, in percent (0 to 100, 2 decimals);
 *     null for 0
 * @param paymentMethods the names of the payment methods the event accepts (CARD, PAYPAL,
 *     WALLET); null for all of them
 */
public record EventDraft(
        String title,
        String description,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        LocalDateTime salesStart,
        LocalDateTime salesEnd,
        Integer maxPerOrder,
        String origin,
        String destination,
        String arrivalZone,
        Integer maxPerCustomer,
        Integer cancellationHours,
        BigDecimal vatRate,
        List<String> paymentMethods) {}
