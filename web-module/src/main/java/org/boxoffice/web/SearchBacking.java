package org.boxoffice.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.boxoffice.api.Parameters;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.boundary.EventSearch;
import org.boxoffice.catalog.boundary.EventSearch.Sort;
import org.boxoffice.catalog.boundary.Listing;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.venue.boundary.Venues;
import org.boxoffice.venue.entity.Venue;

/**
 * The search page ({@code /events.xhtml}). The address carries the whole search, one view parameter
 * per filter, so that a search can be bookmarked and shared: the form does not search by itself, it
 * redirects to this page with the filters in the address ({@code includeViewParams}), and the page
 * searches what its address says. Filters whose text cannot be read (a date that is no date) are left
 * out with a message instead of failing the page. The database filters, sorts and pages
 * ({@link Catalog#listings}); this bean only reads the address and the form.
 */
@Named("searchBacking")
@ViewScoped
public class SearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 12;

    private static final String SEARCH = "/events.xhtml?faces-redirect=true&includeViewParams=true";

    /** An event in the results, its time in the venue's zone (EL 5 reads getters, not records). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String title;
        private final String venue;
        private final String city;
        private final String when;
        private final String priceFrom;
        private final boolean soldOut;
        private final String route;

        Row(Listing listing, Locale locale) {
            Event event = listing.event();
            this.id = String.valueOf(event.id());
            this.title = event.title();
            this.venue = event.venue().name();
            this.city = event.venue().city();
            this.when = event.startsAt()
                            .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                                    .withLocale(locale))
                    + " (" + event.startsAt().getZone().getId() + ")";
            this.priceFrom = event.ticketTypes().stream()
                    .map(TicketType::price)
                    .min(Comparator.comparing(Money::amount))
                    .map(price -> HomeBacking.format(price, locale))
                    .orElse(null);
            this.soldOut = listing.isSoldOut();
            this.route = event.journey()
                    .map(journey -> journey.origin() + " → " + journey.destination())
                    .orElse(null);
        }

        /** "Hamburg Hbf → London St Pancras" for a journey, else null. */
        public String getRoute() {
            return route;
        }

        public String getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getVenue() {
            return venue;
        }

        public String getCity() {
            return city;
        }

        public String getWhen() {
            return when;
        }

        public String getPriceFrom() {
            return priceFrom;
        }

        public boolean isSoldOut() {
            return soldOut;
        }
    }

    @Inject
    transient Catalog catalog;

    @Inject
    transient Venues venues;

    // the search, as the form edits it and the address carries it
    private String text;
    private String city;
    private String category;
    private LocalDate from;
    private LocalDate to;
    private BigDecimal minPrice;
    private BigDecimal maxPrice;
    private boolean availableOnly;
    private String sort;
    private Long venue;
    private String venueName;
    private int page = 1;

    // the address's own text of the filters that need reading, checked by load()
    private String fromParameter;
    private String toParameter;
    private String minPriceParameter;
    private String maxPriceParameter;
    private String venueParameter;
    private String pageParameter;

    private final PagedRows<Listing, Row> results = new PagedRows<>(
            (pageNumber, size) -> catalog.listings(search(), pageNumber, size),
            listing -> new Row(
                    listing, FacesContext.getCurrentInstance().getViewRoot().getLocale()),
            Row::getId);

    /** Reads the filters of the address (a GET, never a postback); a filter it cannot read is left out. */
    public void load() {
        from = readDate(fromParameter);
        to = readDate(toParameter);
        minPrice = readAmount(minPriceParameter);
        maxPrice = readAmount(maxPriceParameter);
        if (present(sort)) {
            Optional<Sort> named = Sort.named(sort);
            if (named.isEmpty()) {
                FacesMessages.error("search.badSort", sort.strip());
            }
            // spelled as the order list spells it (PRICE is price), or the list would not show it
            sort = named.map(Sort::urlName).orElse(null);
        }
        if (present(venueParameter)) {
            Optional<Venue> named = Parameters.id(venueParameter.strip()).flatMap(venues::find);
            venue = named.map(Venue::id).orElse(null);
            venueName = named.map(Venue::name).orElse(null);
            if (named.isEmpty()) {
                FacesMessages.error("search.badVenue", venueParameter.strip());
            }
        }
        if (present(pageParameter)) {
            Optional<Integer> number = pageNumber(pageParameter);
            page = number.orElse(1);
            if (number.isEmpty()) {
                FacesMessages.error("search.badPage", pageParameter.strip());
            }
        }
    }

    /** Searches what the form says: the page again, with the form's filters in its address. */
    public String find() {
        page = 1;
        return SEARCH;
    }

    /** The same search in every venue. */
    public String allVenues() {
        venue = null;
        page = 1;
        return SEARCH;
    }

    /** The search for the catalog. Dates are whole days, from the start of {@code from} to the end of {@code to}. */
    EventSearch search() {
        return new EventSearch(
                text,
                city,
                venue,
                category,
                startOf(from),
                to == null ? null : startOf(to.plusDays(1)),
                minPrice,
                maxPrice,
                availableOnly,
                Sort.named(sort).orElse(Sort.DATE));
    }

    /**
     * The start of a day in UTC, as the API reads a date: one rule for both, although an event just
     * after midnight in a venue far from Greenwich can fall on the neighbouring day.
     */
    static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** A day as {@code 2027-03-01}, the form in addresses whatever the reader's language. */
    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An amount such as {@code 12.50}, never negative; with a point whatever the reader's language. */
    static Optional<BigDecimal> amount(String text) {
        try {
            BigDecimal amount = new BigDecimal(text.strip());
            return amount.signum() < 0 ? Optional.empty() : Optional.of(amount);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A page number from 1 to as far as pages of this size can reach. */
    static Optional<Integer> pageNumber(String text) {
        try {
            int number = Integer.parseInt(text.strip());
            return number >= 1 && number <= Integer.MAX_VALUE / PAGE_SIZE ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate readDate(String text) {
        if (!present(text)) {
            return null;
        }
        Optional<LocalDate> day = date(text);
        if (day.isEmpty()) {
            FacesMessages.error("search.badDate", text.strip());
        }
        return day.orElse(null);
    }

    private static BigDecimal readAmount(String text) {
        if (!present(text)) {
            return null;
        }
        Optional<BigDecimal> amount = amount(text);
        if (amount.isEmpty()) {
            FacesMessages.error("search.badPrice", text.strip());
        }
        return amount.orElse(null);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    public PagedRows<?, Row> getResults() {
        return results;
    }

    /** Where the results start: the page of the address. */
    public int getFirst() {
        return (page - 1) * PAGE_SIZE;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public String getVenueName() {
        return venue == null ? null : venueName;
    }

    // ---- the view parameters: the getters write the address of the next search (includeViewParams)

    public String getFromParameter() {
        return from == null ? null : from.toString();
    }

    public void setFromParameter(String fromParameter) {
        this.fromParameter = fromParameter;
    }

    public String getToParameter() {
        return to == null ? null : to.toString();
    }

    public void setToParameter(String toParameter) {
        this.toParameter = toParameter;
    }

    public String getMinPriceParameter() {
        return minPrice == null ? null : minPrice.toPlainString();
    }

    public void setMinPriceParameter(String minPriceParameter) {
        this.minPriceParameter = minPriceParameter;
    }

    public String getMaxPriceParameter() {
        return maxPrice == null ? null : maxPrice.toPlainString();
    }

    public void setMaxPriceParameter(String maxPriceParameter) {
        this.maxPriceParameter = maxPriceParameter;
    }

    public String getVenueParameter() {
        return venue == null ? null : String.valueOf(venue);
    }

    public void setVenueParameter(String venueParameter) {
        this.venueParameter = venueParameter;
    }

    public String getPageParameter() {
        return page > 1 ? String.valueOf(page) : null;
    }

    public void setPageParameter(String pageParameter) {
        this.pageParameter = pageParameter;
    }

    /** Only {@code available=true} is written, and read: any other value means every event. */
    public String getAvailableParameter() {
        return availableOnly ? "true" : null;
    }

    public void setAvailableParameter(String available) {
        this.availableOnly = available != null && available.strip().equalsIgnoreCase("true");
    }

    // ---- the form

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public BigDecimal getMinPrice() {
        return minPrice;
    }

    public void setMinPrice(BigDecimal minPrice) {
        this.minPrice = minPrice;
    }

    public BigDecimal getMaxPrice() {
        return maxPrice;
    }

    public void setMaxPrice(BigDecimal maxPrice) {
        this.maxPrice = maxPrice;
    }

    public boolean isAvailableOnly() {
        return availableOnly;
    }

    public void setAvailableOnly(boolean availableOnly) {
        this.availableOnly = availableOnly;
    }

    /** The order by its address name ({@code price-desc}); none means by date. */
    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
