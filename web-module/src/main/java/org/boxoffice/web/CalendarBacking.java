package org.boxoffice.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The event calendar ({@code /calendar.xhtml}): published events by month, week or day, loaded from
 * the database for the dates the calendar shows, filtered by category and city. The filters and the
 * month are view parameters, so that a calendar view can be shared like a search.
 *
 * <p>Times are the venue's wall-clock time. Events take place in their venue's zone, and a visitor
 * planning a trip wants "20:00 in Hamburg", not that hour moved into the browser's zone; events of
 * venues in different zones each keep their own local time. So every event is handed to the schedule
 * as its local date-time in the venue's zone, and the schedule is told that both the server side
 * ({@code timeZone}) and the browser side ({@code clientTimeZone}) are UTC: with the same zone on both
 * sides nothing is converted, and the wall-clock time shows as it is.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SHOW = "/calendar.xhtml?faces-redirect=true&includeViewParams=true";

    /**
     * How far a venue's wall clock can be from UTC (UTC-12 to UTC+14). The calendar asks for
     * wall-clock dates; widening the window by this much finds every event whose local time falls
     * into it, whatever its venue's zone. Events found outside it are not drawn by the schedule.
     */
    static final Duration FURTHEST_ZONE = Duration.ofHours(14);

    /** Loads the events of the dates on screen whenever the calendar changes month, week or day. */
    private final class Window extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            shown = middle(start, end);
            FacesContext faces = FacesContext.getCurrentInstance();
            String root = faces.getExternalContext().getRequestContextPath();
            Locale locale = faces.getViewRoot().getLocale();
            for (Event event :
                    catalog.calendar(utc(start.minus(FURTHEST_ZONE)), utc(end.plus(FURTHEST_ZONE)), category, city)) {
                addEvent(entry(event, root, locale));
            }
        }
    }

    @Inject
    transient Catalog catalog;

    private String category;
    private String city;
    private String dateParameter;
    private LocalDate date;
    private LocalDate shown;

    private final ScheduleModel events = new Window();

    /** Reads the month of the address (a GET, never a postback); a date it cannot read is left out. */
    public void load() {
        if (dateParameter != null && !dateParameter.isBlank()) {
            date = SearchBacking.date(dateParameter).orElse(null);
            if (date == null) {
                FacesMessages.error("search.badDate", dateParameter.strip());
            }
        }
    }

    /** The calendar again, with the form's filters and the month on screen in its address. */
    public String show() {
        return SHOW;
    }

    /** A filter changed: the calendar again, as {@link #show()}. */
    public void reload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getApplication().getNavigationHandler().handleNavigation(faces, null, show());
    }

    static DefaultScheduleEvent<Long> entry(Event event, String root, Locale locale) {
        DateTimeFormatter time =
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        return DefaultScheduleEvent.<Long>builder()
                .id(String.valueOf(event.id()))
                .data(event.id())
                .title(event.title())
                .startDate(event.startsAt().toLocalDateTime())
                .endDate(event.endsAt().toLocalDateTime())
                .description(event.startsAt().format(time) + " ("
                        + event.startsAt().getZone().getId() + "), "
                        + event.venue().name() + ", " + event.venue().city())
                .url(root + "/event.xhtml?id=" + event.id())
                .draggable(false)
                .resizable(false)
                .build();
    }

    static OffsetDateTime utc(LocalDateTime wallClock) {
        return wallClock.atOffset(ZoneOffset.UTC);
    }

    /** The day in the middle of the dates on screen: a date that opens the same month, week or day. */
    static LocalDate middle(LocalDateTime start, LocalDateTime end) {
        return start.plus(Duration.between(start, end).dividedBy(2)).toLocalDate();
    }

    public ScheduleModel getEvents() {
        return events;
    }

    /** The date the calendar opens at; none opens today. */
    public LocalDate getDate() {
        return date;
    }

    /** The view parameter {@code date}: the month on screen when the address is written again. */
    public String getDateParameter() {
        LocalDate current = shown != null ? shown : date;
        return current == null ? null : current.toString();
    }

    public void setDateParameter(String dateParameter) {
        this.dateParameter = dateParameter;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
