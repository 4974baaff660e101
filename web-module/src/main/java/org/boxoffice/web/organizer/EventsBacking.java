package org.boxoffice.web.organizer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.catalog.boundary.OrganizerEvents;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.web.PagedRows;

/**
 * The organizer's events: those of their organisation only, drafts included, soonest first.
 */
@Named
@ViewScoped
public class EventsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An event as the table shows it, its time in the venue's zone (EL 5 reads getters only). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String title;
        private final String venue;
        private final String startsAt;
        private final String status;

        Row(Event event, Locale locale) {
            this.id = event.id();
            this.title = event.title();
            this.venue = event.venue().name() + ", " + event.venue().city();
            this.startsAt = event.startsAt()
                            .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                    .withLocale(locale))
                    + " (" + event.startsAt().getZone().getId() + ")";
            this.status = event.status().name();
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getVenue() {
            return venue;
        }

        public String getStartsAt() {
            return startsAt;
        }

        public String getStatus() {
            return status;
        }
    }

    @Inject
    transient OrganizerEvents events;

    @Inject
    transient SignedIn signedIn;

    private final PagedRows<Event, Row> rows = new PagedRows<>(
            (page, size) -> events.list(organizer(), page, size),
            event -> new Row(
                    event, FacesContext.getCurrentInstance().getViewRoot().getLocale()),
            row -> String.valueOf(row.getId()));

    private Account organizer() {
        return signedIn.find().orElseThrow(() -> new IllegalStateException("no session"));
    }

    public PagedRows<?, Row> getRows() {
        return rows;
    }
}
