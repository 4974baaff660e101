package org.boxoffice.web.support;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.boundary.Organisations;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.support.boundary.SupportCases;
import org.boxoffice.support.entity.CaseKind;
import org.boxoffice.support.entity.CaseQuery;
import org.boxoffice.support.entity.CaseState;
import org.boxoffice.support.entity.SupportCase;
import org.boxoffice.web.PagedRows;
import org.boxoffice.web.SupportThread;

/**
 * The support desk's queue ({@code /support/desk.xhtml}): the cases that wait longest for an answer
 * first, a page at a time, filtered by state, kind, event, organisation, age and assignee, each with
 * its customer, booking, event, state, assignee, age, and its first-response and resolution times.
 * Support staff and admins see every case; an organizer the cases of their organisation's events
 * (no organisation or assignee filter).
 */
@Named
@ViewScoped
public class DeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The assignee filter's choices besides a person. */
    public static final String ME = "me";

    public static final String NOBODY = "nobody";

    /** A case as the queue shows it. */
    public record Row(
            long id,
            String subject,
            String kind,
            String customer,
            Long bookingId,
            String event,
            String state,
            String stateText,
            String assignee,
            String age,
            String firstResponse,
            String resolution,
            boolean awaitingStaff)
            implements Serializable {}

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient SupportCases cases;

    @Inject
    transient Accounts accounts;

    @Inject
    transient Organisations organisations;

    private boolean staff;
    private String state;
    private String kind;
    private Long eventId;
    private Long organisationId;
    private Integer olderThanHours;
    private String assignee;
    private Map<String, Long> staffChoices = Map.of();
    private Map<String, Long> organisationChoices = Map.of();
    private PagedRows<SupportCases.Listed, Row> rows;

    @PostConstruct
    void init() {
        Account viewer = signedIn.get();
        staff = SupportCases.isStaff(viewer);
        if (staff) {
            staffChoices = Staff.choices(accounts);
            Map<String, Long> choices = new LinkedHashMap<>();
            organisations.list(1, Page.MAX_SIZE).items().forEach(o -> choices.put(o.name(), o.id()));
            organisationChoices = choices;
        }
        rows = new PagedRows<>(this::page, DeskBacking::row, row -> String.valueOf(row.id()));
    }

    private Page<SupportCases.Listed> page(int page, int size) {
        Account viewer = signedIn.get();
        Long assigneeFilter = null;
        if (staff && assignee != null && !assignee.isBlank()) {
            assigneeFilter = switch (assignee) {
                case ME -> viewer.id();
                case NOBODY -> CaseQuery.UNASSIGNED;
                default -> org.boxoffice.api.Parameters.id(assignee).orElse(null);
            };
        }
        CaseQuery query = new CaseQuery(
                state == null || state.isBlank() ? null : CaseState.valueOf(state),
                kind == null || kind.isBlank() ? null : CaseKind.valueOf(kind),
                eventId,
                staff ? organisationId : null,
                assigneeFilter,
                olderThanHours == null
                        ? null
                        : OffsetDateTime.now(ZoneOffset.UTC).minusHours(olderThanHours));
        return cases.list(viewer, query, page, size);
    }

    private static Row row(SupportCases.Listed listed) {
        SupportCase c = listed.supportCase();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return new Row(
                c.id(),
                c.subject(),
                SupportThread.kind(c.kind()),
                listed.customer(),
                c.bookingId().orElse(null),
                listed.eventTitle(),
                c.state().name(),
                SupportThread.state(c.state()),
                listed.assignee(),
                SupportThread.duration(Duration.between(c.createdAt(), now)),
                c.firstResponseTime().map(SupportThread::duration).orElse(""),
                c.resolutionTime().map(SupportThread::duration).orElse(""),
                c.state() == CaseState.OPEN);
    }

    /** Filters anew: the table starts at its first page (the page updates it). */
    public void filter() {
        // the lazy table reads the filters when it loads
    }

    public PagedRows<SupportCases.Listed, Row> getRows() {
        return rows;
    }

    /** Support staff and admins: every filter; an organizer sees their organisation's cases only. */
    public boolean isStaff() {
        return staff;
    }

    public List<String> getStates() {
        return List.of(CaseState.values()).stream().map(Enum::name).toList();
    }

    public List<String> getKinds() {
        return List.of(CaseKind.values()).stream().map(Enum::name).toList();
    }

    /** The ages offered: opened more than this many hours ago. */
    public List<Integer> getAges() {
        return List.of(1, 4, 24, 72, 168);
    }

    /** The people of the assignee filter: name to account id. */
    public Map<String, String> getAssigneeChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        staffChoices.forEach((name, id) -> choices.put(name, String.valueOf(id)));
        return choices;
    }

    public Map<String, Long> getOrganisationChoices() {
        return organisationChoices;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Integer getOlderThanHours() {
        return olderThanHours;
    }

    public void setOlderThanHours(Integer olderThanHours) {
        this.olderThanHours = olderThanHours;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
