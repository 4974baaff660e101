package org.boxoffice.api.organizer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.boxoffice.api.catalog.PaymentTermsInput;
import org.boxoffice.catalog.boundary.EventDraft;

/**
 * A new draft at one of the organisation's venues. Times are local date-times such as {@code
 * 2027-03-01T20:00}, read in the venue's zone. A journey (train, bus, flight) names its {@code
 * origin} and {@code destination}; its {@code endsAt} is the arrival, read in {@code arrivalZone}
 * (an IANA zone; the venue's when left out). {@code maxPerCustomer} limits the tickets one
 * customer may have of the event (none when left out); {@code cancellationHours} lets customers
 * cancel until that many hours before the start (not at all when left out). {@code vatRate} is the
 * VAT included in the ticket prices, in percent ("19.00"; 0 when left out), and {@code
 * paymentMethods} the methods the event accepts (some of CARD, PAYPAL, WALLET; all when left out).
 */
public record EventRequest(
        @NotBlank(message = "is required") String venueId,

        @NotBlank(message = "is required: the slug of a category")
        @Size(max = 80, message = "is longer than 80 characters")
        String category,

        @NotBlank(message = "is required") @Size(max = 200, message = "is longer than 200 characters")
        String title,

        @Size(max = 4000, message = "is longer than 4000 characters")
        String description,

        @NotNull(message = "is required: a local date-time such as 2027-03-01T20:00")
        LocalDateTime startsAt,

        @NotNull(message = "is required: a local date-time such as 2027-03-01T22:00")
        LocalDateTime endsAt,

        LocalDateTime salesStart,
        LocalDateTime salesEnd,

        @Min(value = 1, message = "must be 1 to 100") @Max(value = 100, message = "must be 1 to 100")
        Integer maxPerOrder,

        @Size(max = 100, message = "is longer than 100 characters")
        String origin,

        @Size(max = 100, message = "is longer than 100 characters")
        String destination,

        @Size(max = 64, message = "is longer than 64 characters")
        String arrivalZone,

        @Min(value = 1, message = "must be 1 to 1000") @Max(value = 1000, message = "must be 1 to 1000")
        Integer maxPerCustomer,

        @Min(value = 0, message = "must be 0 to 8760") @Max(value = 8760, message = "must be 0 to 8760")
        Integer cancellationHours,

        @Pattern(regexp = PaymentTermsInput.VAT_RATE, message = PaymentTermsInput.VAT_RATE_MESSAGE)
        String vatRate,

        @Size(min = 1, max = 3, message = PaymentTermsInput.METHODS_MESSAGE)
        List<String> paymentMethods) {

    EventDraft draft() {
        return new EventDraft(
                title,
                description,
                startsAt,
                endsAt,
                salesStart,
                salesEnd,
                maxPerOrder,
                origin,
                destination,
                arrivalZone,
                maxPerCustomer,
                cancellationHours,
                PaymentTermsInput.rate(vatRate),
                paymentMethods);
    }
}
