package org.boxoffice.web.support;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.booking.entity.Booking;
import org.boxoffice.booking.entity.BookingStatus;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.support.boundary.CannedReplies;
import org.boxoffice.support.boundary.SupportCases;
import org.boxoffice.support.entity.CannedReply;
import org.boxoffice.support.entity.CaseState;
import org.boxoffice.support.entity.SupportCase;
import org.boxoffice.ticket.entity.Ticket;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.HomeBacking;
import org.boxoffice.web.SupportThread;
import org.primefaces.model.file.UploadedFile;

/**
 * A case on the desk ({@code /support/case.xhtml?id=}): the whole thread with the internal notes
 * marked, an answer to the customer or an internal note (optionally with a file), a canned reply
 * that prefills the answer, and for support staff and admins the assignment, the state (resolve,
 * close, reopen) and the actions on the booking (cancel, refund tickets and/or an amount, send the
 * tickets again), each listed on the case. An organizer of the event's organisation answers and
 * takes notes only. Every change carries the case's version as the page read it: one made meanwhile
 * by someone else is refused with a message, and the page shows the case as it is now. A case the
 * viewer may not see is a 404.
 */
@Named("deskCaseBacking")
@ViewScoped
public class CaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A ticket of the case's booking, for the refund's choice. */
    public record TicketChoice(long id, String label, boolean valid) implements Serializable {}

    /** A desk action as the case lists it. */
    public record ActionRow(String when, String actor, String kind, String detail) implements Serializable {}

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient SupportCases cases;

    @Inject
    transient CannedReplies cannedReplies;

    @Inject
    transient Accounts accounts;

    @Inject
    transient Bookings bookings;

    @Inject
    transient Catalog catalog;

    @Inject
    transient ClientAddress client;

    private String id;
    private long caseId;
    private long version;
    private boolean staff;
    private String subject;
    private String kind;
    private String customer;
    private Long bookingId;
    private String bookingStatus;
    private String bookingTotal;
    private boolean bookingConfirmed;
    private Long eventId;
    private String eventTitle;
    private String state;
    private String stateText;
    private String assignee;
    private boolean assignedToMe;
    private String opened;
    private String firstResponse;
    private String resolution;
    private List<SupportThread.Message> messages = List.of();
    private List<SupportThread.File> looseFiles = List.of();
    private List<ActionRow> actions = List.of();
    private List<TicketChoice> tickets = List.of();
    private Map<String, Long> staffChoices = Map.of();
    private Map<String, Long> cannedChoices = Map.of();

    private String body;
    private transient UploadedFile file;
    private Long cannedReply;
    private Long assignTo;
    private List<String> refundTickets = new ArrayList<>();
    private String refundAmount;
    private String actionAnswer;

    public void load() throws IOException {
        Optional<Long> parsed = Parameters.id(id);
        Optional<SupportCases.Access> access = parsed.flatMap(candidate -> cases.access(signedIn.get(), candidate));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (access.isEmpty()) {
            external.responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (access.get() == SupportCases.Access.CUSTOMER) {
            // one's own case is worked on by colleagues: its owner reads it where customers do
            external.redirect(external.getRequestContextPath() + "/my/case.xhtml?id=" + parsed.get());
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        caseId = parsed.get();
        show();
    }

    private void show() {
        Account viewer = signedIn.get();
        SupportCases.Detail detail = cases.get(viewer, caseId);
        SupportCase c = detail.supportCase();
        Locale locale = SupportThread.locale();
        staff = detail.access() == SupportCases.Access.STAFF;
        version = c.version();
        subject = c.subject();
        kind = SupportThread.kind(c.kind());
        customer = detail.names().getOrDefault(c.customerId(), "");
        bookingId = c.bookingId().orElse(null);
        eventId = c.eventId().orElse(null);
        eventTitle = detail.eventTitle();
        state = c.state().name();
        stateText = SupportThread.state(c.state());
        assignee = c.assigneeId().map(a -> detail.names().getOrDefault(a, "")).orElse("");
        assignedToMe = c.assigneeId().filter(a -> a.longValue() == viewer.id()).isPresent();
        opened = SupportThread.time(c.createdAt(), locale);
        firstResponse = c.firstResponseTime().map(SupportThread::duration).orElse("");
        resolution = c.resolutionTime().map(SupportThread::duration).orElse("");
        messages = SupportThread.messages(detail, true);
        looseFiles = SupportThread.loose(detail);
        actions = detail.actions().stream()
                .map(action -> new ActionRow(
                        SupportThread.time(action.createdAt(), locale),
                        detail.names().getOrDefault(action.actorId(), ""),
                        FacesMessages.text("deskCase.action." + action.kind().name()),
                        action.detail()))
                .toList();
        tickets = List.of();
        bookingStatus = null;
        bookingTotal = null;
        bookingConfirmed = false;
        if (bookingId != null) {
            bookings.find(c.customerId(), bookingId).ifPresent(booking -> showBooking(c, booking, locale));
        }
        if (staff) {
            if (staffChoices.isEmpty()) {
                staffChoices = Staff.choices(accounts);
            }
            Map<String, Long> replies = new LinkedHashMap<>();
            for (CannedReply reply : cannedReplies.list(viewer, null)) {
                replies.put(reply.title() + " (" + reply.language() + ")", reply.id());
            }
            cannedChoices = replies;
        }
    }

    private void showBooking(SupportCase c, Booking booking, Locale locale) {
        bookingStatus = FacesMessages.text("booking.status." + booking.status().name());
        bookingTotal = HomeBacking.format(booking.total(), locale);
        bookingConfirmed = booking.status() == BookingStatus.CONFIRMED;
        Map<Long, String> types = new HashMap<>();
        catalog.findEvent(booking.eventId())
                .map(Event::ticketTypes)
                .ifPresent(all -> all.forEach(type -> types.put(type.id(), type.name())));
        List<TicketChoice> choices = new ArrayList<>();
        for (Ticket ticket : bookings.detail(c.customerId(), booking.id()).tickets()) {
            choices.add(new TicketChoice(
                    ticket.id(),
                    FacesMessages.text(
                            ticket.isValid() ? "deskCase.ticket" : "deskCase.ticketRefunded",
                            String.valueOf(ticket.id()),
                            types.getOrDefault(ticket.ticketTypeId(), "")),
                    ticket.isValid()));
        }
        tickets = choices;
    }

    /** An answer the customer reads (and is told of). */
    public String answer() {
        return write(false);
    }

    /** A note for the desk and the organizers only. */
    public String note() {
        return write(true);
    }

    private String write(boolean internal) {
        try {
            if (file == null || file.getSize() == 0) {
                cases.write(signedIn.get(), caseId, body, internal, List.of());
            } else {
                try (InputStream content = file.getInputStream()) {
                    cases.write(signedIn.get(), caseId, body, internal, file.getFileName(), content);
                }
            }
            return done(internal ? "deskCase.noted" : "deskCase.answered");
        } catch (BusinessException e) {
            return failed(e);
        } catch (IOException e) {
            FacesMessages.error("support.fileUnreadable");
            return null;
        } finally {
            file = null;
        }
    }

    /** The chosen canned reply prefills the answer (what was typed before is replaced). */
    public void useCannedReply() {
        if (cannedReply == null) {
            return;
        }
        try {
            body = cannedReplies.get(signedIn.get(), cannedReply).body();
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public String assignToMe() {
        return assign(signedIn.get().id());
    }

    public String assignToOther() {
        if (assignTo == null) {
            FacesMessages.error("deskCase.chooseAssignee");
            return null;
        }
        return assign(assignTo);
    }

    public String unassign() {
        return assign(null);
    }

    private String assign(Long to) {
        try {
            cases.assign(signedIn.get(), caseId, to, version);
            return done(to == null ? "deskCase.unassigned" : "deskCase.assigned");
        } catch (BusinessException e) {
            return failed(e);
        }
    }

    public String resolve() {
        return move(CaseState.RESOLVED, "deskCase.resolved");
    }

    public String close() {
        return move(CaseState.CLOSED, "deskCase.closed");
    }

    public String reopen() {
        return move(CaseState.OPEN, "deskCase.reopened");
    }

    private String move(CaseState target, String message) {
        try {
            cases.changeState(signedIn.get(), caseId, target, version);
            return done(message);
        } catch (BusinessException e) {
            return failed(e);
        }
    }

    /** Cancels the booking for the customer; a paid one is refunded in full. */
    public String cancelBooking() {
        try {
            cases.cancelBooking(signedIn.get(), caseId, version, actionAnswer, client.value());
            return done("deskCase.bookingCancelled", bookingId);
        } catch (BusinessException e) {
            return failed(e);
        }
    }

    /** Refunds the chosen tickets and/or the amount typed. */
    public String refund() {
        List<Long> ticketIds = refundTickets == null
                ? List.of()
                : refundTickets.stream()
                        .map(Parameters::id)
                        .flatMap(Optional::stream)
                        .toList();
        BigDecimal amount = null;
        if (refundAmount != null && !refundAmount.isBlank()) {
            try {
                amount = new BigDecimal(refundAmount.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                FacesMessages.error("deskCase.invalidAmount", refundAmount);
                return null;
            }
        }
        if (ticketIds.isEmpty() && amount == null) {
            FacesMessages.error("deskCase.chooseRefund");
            return null;
        }
        try {
            SupportCases.Acted acted =
                    cases.refund(signedIn.get(), caseId, version, ticketIds, amount, actionAnswer, client.value());
            Money refunded = acted.refunded().refund().amount();
            return done("deskCase.refunded", HomeBacking.format(refunded, SupportThread.locale()), ticketIds.size());
        } catch (BusinessException e) {
            return failed(e);
        }
    }

    public String resendTickets() {
        try {
            cases.resendTickets(signedIn.get(), caseId, version, actionAnswer, client.value());
            return done("deskCase.ticketsSent");
        } catch (BusinessException e) {
            return failed(e);
        }
    }

    /** The same page again, by its address, with the message of the change. */
    private String done(String key, Object... arguments) {
        FacesMessages.info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/support/case?faces-redirect=true&id=" + caseId;
    }

    /** The case may have changed meanwhile: the page shows it as it is now, what was typed stays. */
    private String failed(BusinessException e) {
        FacesMessages.error(e);
        show();
        return null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getCaseId() {
        return caseId;
    }

    /** Support staff and admins: assignment, states and actions; an organizer answers and notes only. */
    public boolean isStaff() {
        return staff;
    }

    public String getSubject() {
        return subject;
    }

    public String getKind() {
        return kind;
    }

    public String getCustomer() {
        return customer;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public String getBookingStatus() {
        return bookingStatus;
    }

    public String getBookingTotal() {
        return bookingTotal;
    }

    /** The booking is confirmed: its tickets can be refunded and sent again. */
    public boolean isBookingConfirmed() {
        return bookingConfirmed;
    }

    public Long getEventId() {
        return eventId;
    }

    public String getEventTitle() {
        return eventTitle;
    }

    public String getState() {
        return state;
    }

    public String getStateText() {
        return stateText;
    }

    public boolean isResolvable() {
        return "OPEN".equals(state) || "WAITING_FOR_CUSTOMER".equals(state);
    }

    public boolean isClosable() {
        return !"CLOSED".equals(state);
    }

    public boolean isReopenable() {
        return "RESOLVED".equals(state) || "CLOSED".equals(state);
    }

    public boolean isClosed() {
        return "CLOSED".equals(state);
    }

    public String getAssignee() {
        return assignee;
    }

    public boolean isAssignedToMe() {
        return assignedToMe;
    }

    public String getOpened() {
        return opened;
    }

    public String getFirstResponse() {
        return firstResponse;
    }

    public String getResolution() {
        return resolution;
    }

    public List<SupportThread.Message> getMessages() {
        return messages;
    }

    public List<SupportThread.File> getLooseFiles() {
        return looseFiles;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public List<TicketChoice> getTickets() {
        return tickets;
    }

    /** The valid tickets, as the refund's choices: label to id. */
    public Map<String, String> getRefundChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        tickets.stream().filter(TicketChoice::valid).forEach(t -> choices.put(t.label(), String.valueOf(t.id())));
        return choices;
    }

    public Map<String, Long> getStaffChoices() {
        return staffChoices;
    }

    public Map<String, Long> getCannedChoices() {
        return cannedChoices;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Long getCannedReply() {
        return cannedReply;
    }

    public void setCannedReply(Long cannedReply) {
        this.cannedReply = cannedReply;
    }

    public Long getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(Long assignTo) {
        this.assignTo = assignTo;
    }

    public List<String> getRefundTickets() {
        return refundTickets;
    }

    public void setRefundTickets(List<String> refundTickets) {
        this.refundTickets = refundTickets;
    }

    public String getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(String refundAmount) {
        this.refundAmount = refundAmount;
    }

    /** An answer to the customer written with an action, optional. */
    public String getActionAnswer() {
        return actionAnswer;
    }

    public void setActionAnswer(String actionAnswer) {
        this.actionAnswer = actionAnswer;
    }
}
