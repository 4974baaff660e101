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
 * An event as the API contract writes it ({@code POST /api/v1/events}, {@code PUT
 * /api/v1/events/{id}}): the category by {@code categoryId} (or its slug as {@code category}),
 * times as local date-times at the venue ({@code 2027-03-01T20:00}) or with an offset ({@code
 * 2027-03-01T20:00:00+01:00}), and the ticket types of a new draft. A journey names its {@code
 * origin} and {@code destination}; its {@code endsAt} is the arrival, in {@code arrivalZone}.
 * {@code vatRate} is the VAT included in the ticket prices ("19.00"; 0 when left out) and {@code
 * paymentMethods} the methods accepted (some of CARD, PAYPAL, WALLET; all when left out).
 */
public record EventDraftRequest(
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
        List<@Valid @NotNull TicketTypeDraft> ticketTypes) {

    static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?";
    static final String DATE_TIME_MESSAGE =
            "must be a date-time such as 2027-03-01T20:00 (the venue's time) or 2027-03-01T20:00:00+01:00";

    /**
     * A ticket type of a new draft: {@code sectionId} and/or {@code seatCategory} for reserved seats,
     * or {@code capacity} for general admission.
     */
    public record TicketTypeDraft(
            @NotBlank(message = "is required") @Size(max = 80, message = "is longer than 80 characters")
            String name,

            @Valid @NotNull(message = "is required: {\"amount\": \"12.50\", \"currency\": \"EUR\"}")
            Price price,

            String sectionId,

            @Size(max = 30, message = "is longer than 30 characters")
            String seatCategory,

            Integer capacity) {}

    /** Money as answers write it. */
    public record Price(
            @NotNull(message = "is required: an amount such as 49.50")
            @Pattern(regexp = "-?\\d{1,12}(\\.\\d{1,12})?", message = "must be an amount such as 49.50")
            String amount,

            @NotNull(message = "is required: an ISO 4217 code such as EUR")
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
            String currency) {}
}
