package org.boxoffice.api.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An event as the API contract writes it, the one body of {@code POST /api/v1/events} (a new
 * draft: {@code venueId} required, {@code ticketTypes} optional) and {@code PUT /api/v1/events/{id}}
 * (all the fields that can change: {@code venueId} may be left out or name the event's venue,
 * ticket types are added with their own operation). The category is named by {@code categoryId}
 * (or its slug as {@code category}); times are local date-times at the venue ({@code
 * 2027-03-01T20:00}) or date-times with an offset ({@code 2027-03-01T20:00:00+01:00}). A field of
 * the rules left out takes its default: no sales window, 10 tickets per order, no per-customer
 * limit, no cancellation by customers. A journey names its {@code
 * origin} and {@code destination}; its {@code endsAt} is the arrival, in {@code arrivalZone}.
 * {@code vatRate} is the VAT included in the ticket prices ("19.00"; 0 when left out) and {@code
 * paymentMethods} the methods accepted (some of CARD, PAYPAL, WALLET; all when left out).
 */
public record EventRequest(
        String venueId,
        String categoryId,

        @Size(max = 80, message = "is longer than 80 characters")
        String category,

        @NotBlank(message = "is required") @Size(max = 200, message = "is longer than 200 characters")
        String title,

        @Size(max = 4000, message = "is longer than 4000 characters")
        String description,

        @NotNull(message = "is required: a date-time such as 2027-03-01T20:00")
        @Pattern(regexp = DATE_TIME, message = DATE_TIME_MESSAGE)
        String startsAt,

        @NotNull(message = "is required: a date-time such as 2027-03-01T22:00")
        @Pattern(regexp = DATE_TIME, message = DATE_TIME_MESSAGE)
        String endsAt,

        @Pattern(regexp = DATE_TIME, message = DATE_TIME_MESSAGE)
        String salesStart,

        @Pattern(regexp = DATE_TIME, message = DATE_TIME_MESSAGE)
        String salesEnd,

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
        List<String> paymentMethods,

        @Size(max = 50, message = "has more than 50 ticket types")
        List<@Valid @NotNull TicketTypeRequest> ticketTypes) {

    static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?";
    static final String DATE_TIME_MESSAGE =
            "must be a date-time such as 2027-03-01T20:00 (the venue's time) or 2027-03-01T20:00:00+01:00";
}
