package org.boxoffice.web.organizer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.catalog.boundary.OrganizerEvents;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.platform.entity.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The organizer's events: those of their organisation only, drafts included, soonest first. The
 * editing tools come with the catalog (issue 4); this page shows what an organizer owns.
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

    private final LazyDataModel<Row> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int)
                    Math.min(Integer.MAX_VALUE, events.list(organizer(), 1, 1).total());
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(pageSize, Page.MAX_SIZE);
            Page<Event> page = events.list(organizer(), first / size + 1, size); // pages count from 1
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getViewRoot()
                    .getLocale();
            return page.items().stream().map(event -> new Row(event, locale)).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.getId());
        }
    };

    private Account organizer() {
        return signedIn.find().orElseThrow(() -> new IllegalStateException("no session"));
    }

    public LazyDataModel<Row> getRows() {
        return rows;
    }
}
