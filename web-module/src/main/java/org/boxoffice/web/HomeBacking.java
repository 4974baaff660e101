package org.boxoffice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.TicketType;
import org.boxoffice.platform.entity.Money;

/** The portal's home page: the upcoming events, soonest first. */
@Named
@RequestScoped
public class HomeBacking {

    static final int SHOWN = 12;

    /**
     * An event as the home page shows it, with its time in the venue's zone. A class with getters,
     * not a record: Expression Language 5 (Jakarta EE 10) does not read record components.
     */
    public static final class EventCard {
        private final String id;
        private final String title;
        private final String when;
        private final String where;
        private final String priceFrom;

        EventCard(String id, String title, String when, String where, String priceFrom) {
            this.id = id;
            this.title = title;
            this.when = when;
            this.where = where;
            this.priceFrom = priceFrom;
        }

        public String getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getWhen() {
            return when;
        }

        public String getWhere() {
            return where;
        }

        public String getPriceFrom() {
            return priceFrom;
        }
    }

    @Inject
    Catalog catalog;

    private List<EventCard> events;

    public List<EventCard> getEvents() {
        if (events == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            events = catalog.upcoming(SHOWN).stream()
                    .map(event -> card(event, locale))
                    .toList();
        }
        return events;
    }

    static EventCard card(Event event, Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale);
        String priceFrom = event.ticketTypes().stream()
                .map(TicketType::price)
                .min(Comparator.comparing(Money::amount))
                .map(price -> format(price, locale))
                .orElse(null);
        return new EventCard(
                String.valueOf(event.id()),
                event.title(),
                event.startsAt().format(when),
                event.venue().name() + ", " + event.venue().city(),
                priceFrom);
    }

    public static String format(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        return format.format(money.amount());
    }
}
