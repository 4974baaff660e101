package org.boxoffice.web.organizer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.boxoffice.analytics.boundary.OrganizerAnalytics;
import org.boxoffice.analytics.control.AnalyticsCsv;
import org.boxoffice.analytics.control.AnalyticsCsv.Section;
import org.boxoffice.analytics.entity.Analytics;
import org.boxoffice.analytics.entity.Attendance;
import org.boxoffice.analytics.entity.BuyerCity;
import org.boxoffice.analytics.entity.DayRevenue;
import org.boxoffice.analytics.entity.DaySales;
import org.boxoffice.analytics.entity.EventChoice;
import org.boxoffice.analytics.entity.SellThrough;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.web.ChartScripts;
import org.boxoffice.web.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The organizer's analytics page: an organisation (an admin picks one), one event or all, a period
 * in the organisation's zone; the charts are Chart.js configurations that PrimeFaces' {@code
 * p:chart} draws, each beside a table of the same figures and a CSV of them.
 */
@Named
@ViewScoped
public class AnalyticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String CURRENT = "#1f6feb";
    private static final String PREVIOUS = "#9aa5b1";
    private static final String[] PALETTE = {
        "#1f6feb", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#06b6d4", "#84cc16", "#ec4899", "#f97316", "#64748b",
        "#a3a3a3", "#d4d4d4"
    };

    @Inject
    transient OrganizerAnalytics analytics;

    @Inject
    transient SignedIn signedIn;

    private Long organisationId;
    private Long eventId;
    private String from;
    private String to;

    /**
     * Whether the period in the fields is the organisation's default, not dates the user typed: a
     * change of organisation then shows the new organisation's default, counted in its own zone.
     */
    private boolean defaultPeriod = true;

    /** The organisation whose default period the fields hold. */
    private Long periodOf;

    private String currency;
    private List<OrganisationChoice> organisations;

    /** An organisation to choose, as the view keeps it. */
    public record OrganisationChoice(long id, String name) implements Serializable {}

    /** The figures shown; made again after a change or when the view comes back from elsewhere. */
    private transient Analytics shown;

    private transient boolean failed;

    @PostConstruct
    void init() {
        organisations = analytics.organisations(viewer()).stream()
                .map(organisation -> new OrganisationChoice(organisation.id(), organisation.name()))
                .toList();
        if (!organisations.isEmpty()) {
            organisationId = organisations.get(0).id();
        }
    }

    /** "Show": the figures of the chosen organisation, event and period. */
    public void show() {
        shown = null;
        failed = false;
        figures();
    }

    /** Another organisation: all its events. */
    public void organisationChanged() {
        eventId = null;
        show();
    }

    public Optional<Analytics> figures() {
        if (shown == null && !failed && organisationId != null) {
            if (defaultPeriod && !organisationId.equals(periodOf)) {
                // another organisation: its own default period, counted in its zone
                from = null;
                to = null;
            }
            try {
                shown = analytics.of(viewer(), organisationId, eventId, from, to);
                if (currency == null
                        || shown.currencies().stream()
                                .noneMatch(c -> c.getCurrencyCode().equals(currency))) {
                    currency = shown.currencies().isEmpty()
                            ? null
                            : shown.currencies().get(0).getCurrencyCode();
                }
                from = shown.period().from().toString();
                to = shown.period().to().toString();
                periodOf = organisationId;
            } catch (BusinessException e) {
                failed = true;
                FacesMessages.error(e);
            }
        }
        return Optional.ofNullable(shown);
    }

    public boolean isShown() {
        return figures().isPresent();
    }

    public Analytics getAnalytics() {
        return figures().orElse(null);
    }

    public List<OrganisationChoice> getOrganisations() {
        return organisations;
    }

    /** Admins pick the organisation; an organizer sees its own. */
    public boolean isChoosesOrganisation() {
        return signedIn.find()
                .filter(account -> account.has(org.boxoffice.account.entity.Role.ADMIN))
                .isPresent();
    }

    public List<EventChoice> getEvents() {
        if (organisationId == null) {
            return List.of();
        }
        try {
            return analytics.events(viewer(), organisationId);
        } catch (BusinessException e) {
            return List.of();
        }
    }

    public List<String> getCurrencies() {
        return figures().map(Analytics::currencies).orElse(List.of()).stream()
                .map(Currency::getCurrencyCode)
                .toList();
    }

    public String getExplanation() {
        return figures()
                .map(figures -> FacesMessages.text(
                        "analytics.explanation",
                        figures.organisation(),
                        figures.zone().getId(),
                        figures.period().from().toString(),
                        figures.period().to().toString(),
                        figures.previous().from().toString(),
                        figures.previous().to().toString()))
                .orElse("");
    }

    public List<DaySales> getSales() {
        return figures().map(Analytics::sales).orElse(List.of());
    }

    public List<DayRevenue> getRevenue() {
        return figures().map(Analytics::revenue).orElse(List.of());
    }

    public List<SellThrough> getSellThrough() {
        return figures().map(Analytics::sellThrough).orElse(List.of());
    }

    public List<Attendance> getAttendance() {
        return figures().map(Analytics::attendance).orElse(List.of());
    }

    public List<BuyerCity> getCities() {
        return figures().map(Analytics::cities).orElse(List.of());
    }

    /** A percentage as the tables show it: 42.5 %, or a dash when there is nothing to divide by. */
    public String percent(Optional<BigDecimal> percent) {
        return percent.map(value -> value.toPlainString() + " %").orElse("—");
    }

    /** A city's name, or "Other cities" / "Not known". */
    public String city(BuyerCity city) {
        return switch (city.kind()) {
            case CITY -> city.city();
            case OTHER -> FacesMessages.text("analytics.otherCities");
            case UNKNOWN -> FacesMessages.text("analytics.unknownCity");
        };
    }

    // ------------------------------------------------------------------ the charts (Chart.js configurations)

    /** Tickets sold per day, the period before as a second line. */
    public String getSalesChart() {
        return figures()
                .map(figures -> {
                    List<DaySales> days = figures.sales();
                    JsonArrayBuilder labels = Json.createArrayBuilder();
                    days.forEach(day -> labels.add(day.day().toString()));
                    return chart(
                            "line",
                            true,
                            labels,
                            Json.createArrayBuilder()
                                    .add(dataset(
                                            FacesMessages.text("analytics.thisPeriod"),
                                            CURRENT,
                                            days,
                                            day -> BigDecimal.valueOf(day.tickets())))
                                    .add(dataset(
                                            FacesMessages.text("analytics.previousPeriod"),
                                            PREVIOUS,
                                            days,
                                            day -> BigDecimal.valueOf(day.previousTickets()))));
                })
                .orElse("");
    }

    /** The gross of the chosen currency per day, the period before as a second series. */
    public String getRevenueChart() {
        return figures()
                .filter(figures -> currency != null)
                .map(figures -> {
                    List<DayRevenue> days = figures.revenue(Currency.getInstance(currency));
                    JsonArrayBuilder labels = Json.createArrayBuilder();
                    days.forEach(day -> labels.add(day.day().toString()));
                    return chart(
                            "bar",
                            false,
                            labels,
                            Json.createArrayBuilder()
                                    .add(dataset(
                                            FacesMessages.text("analytics.thisPeriod") + " (" + currency + ")",
                                            CURRENT,
                                            days,
                                            DayRevenue::gross))
                                    .add(dataset(
                                            FacesMessages.text("analytics.previousPeriod") + " (" + currency + ")",
                                            PREVIOUS,
                                            days,
                                            DayRevenue::previousGross)));
                })
                .orElse("");
    }

    /** Sold ÷ capacity in percent per ticket type. */
    public String getSellThroughChart() {
        List<SellThrough> types = getSellThrough();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        types.forEach(type -> labels.add(type.event() + " · " + type.ticketType()));
        return chart(
                "bar",
                false,
                labels,
                Json.createArrayBuilder()
                        .add(dataset(
                                FacesMessages.text("analytics.sellThroughPercent"),
                                CURRENT,
                                types,
                                type -> type.percent().orElse(BigDecimal.ZERO))));
    }

    /** Checked in ÷ sold in percent per event. */
    public String getAttendanceChart() {
        List<Attendance> events = getAttendance();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        events.forEach(event -> labels.add(event.event()));
        return chart(
                "bar",
                false,
                labels,
                Json.createArrayBuilder()
                        .add(dataset(
                                FacesMessages.text("analytics.attendancePercent"),
                                CURRENT,
                                events,
                                event -> event.percent().orElse(BigDecimal.ZERO))));
    }

    /** Buyers per city, a slice each. */
    public String getCitiesChart() {
        List<BuyerCity> cities = getCities();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < cities.size(); i++) {
            labels.add(city(cities.get(i)));
            data.add(cities.get(i).buyers());
            colours.add(PALETTE[i % PALETTE.length]);
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", "pie")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", FacesMessages.text("analytics.buyers"))
                                                        .add("data", data)
                                                        .add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false))
                .build();
        return ChartScripts.of(config);
    }

    private static <T> JsonObjectBuilder dataset(
            String label, String colour, List<T> rows, Function<T, BigDecimal> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(row -> data.add(value.apply(row)));
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("fill", false);
    }

    /** A chart of a y axis from zero; {@code counts}: whole numbers on it. */
    private static String chart(String type, boolean counts, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (counts) {
            y.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("maintainAspectRatio", false)
                                .add("scales", Json.createObjectBuilder().add("y", y)))
                .build();
        return ChartScripts.of(config);
    }

    // ------------------------------------------------------------------ CSV

    /** A part of the page as CSV: sales, revenue, sell-through, attendance or cities. */
    public StreamedContent csv(String section) {
        Section part = Section.valueOf(section.toUpperCase(Locale.ROOT).replace('-', '_'));
        Analytics figures = figures().orElseThrow(() -> new IllegalStateException("no figures to download"));
        byte[] csv = AnalyticsCsv.write(figures, part);
        return DefaultStreamedContent.builder()
                .name("analytics-" + figures.organisationId()
                        + (figures.eventId() == null ? "" : "-" + figures.eventId()) + "-" + part.slug() + "-"
                        + figures.period().from() + "-" + figures.period().to() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    private long viewer() {
        return signedIn.find()
                .orElseThrow(() -> new IllegalStateException("no session"))
                .id();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    /** The period's first day, shown in the field even when it was left empty (the default). */
    public String getFrom() {
        figures();
        return from;
    }

    public void setFrom(String from) {
        if (!Objects.equals(this.from, from)) {
            defaultPeriod = false;
        }
        this.from = from;
    }

    public String getTo() {
        figures();
        return to;
    }

    public void setTo(String to) {
        if (!Objects.equals(this.to, to)) {
            defaultPeriod = false;
        }
        this.to = to;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
