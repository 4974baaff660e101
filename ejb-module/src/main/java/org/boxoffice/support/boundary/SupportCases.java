package org.boxoffice.support.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.boxoffice.account.boundary.AccountErased;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.boundary.Organisations;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.booking.boundary.Checkout;
import org.boxoffice.booking.entity.Booking;
import org.boxoffice.booking.entity.BookingStatus;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.notification.entity.Template;
import org.boxoffice.platform.control.LockTimeouts;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.support.control.AttachmentStore;
import org.boxoffice.support.entity.CaseAction;
import org.boxoffice.support.entity.CaseKind;
import org.boxoffice.support.entity.CaseQuery;
import org.boxoffice.support.entity.CaseState;
import org.boxoffice.support.entity.Side;
import org.boxoffice.support.entity.SupportAttachment;
import org.boxoffice.support.entity.SupportCase;
import org.boxoffice.support.entity.SupportException;
import org.boxoffice.support.entity.SupportException.Reason;
import org.boxoffice.support.entity.SupportMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Support cases: customers open them and write; the desk (support staff and admins) answers, takes
 * internal notes, assigns, resolves, closes and reopens them, and acts on the case's booking through
 * the booking component; the organizers of the event's organisation see and answer the cases about
 * their events and take notes, but do not act. Whoever may not see a case is answered as if it did
 * not exist.
 *
 * <p>Who is told: the customer of each public answer (mail and portal inbox), never of an internal
 * note; of each customer message the case's assignee, or, while nobody is assigned, the organizers
 * of the event's organisation; a general case nobody is assigned to waits in the desk's queue.
 *
 * <p>The desk's actions on the booking carry the case's version the desk member saw, and run with
 * the case's row locked: two desk members acting at once never both act; the second is told the
 * case changed.
 */
@Stateless
public class SupportCases {

    /** The most attachments one message carries. */
    public static final int ATTACHMENTS_MAX = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    Bookings bookings;

    @Inject
    Checkout checkout;

    @Inject
    Catalog catalog;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    LockTimeouts lockTimeouts;

    @Inject
    AttachmentStore store;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "boxoffice.support.auto-close-days", defaultValue = "7")
    int autoCloseDays;

    /** How the viewer sees a case: as its customer, as an organizer of its event, or as the desk. */
    public enum Access {
        CUSTOMER,
        ORGANIZER,
        STAFF;

        Side side() {
            return switch (this) {
                case CUSTOMER -> Side.CUSTOMER;
                case ORGANIZER -> Side.ORGANIZER;
                case STAFF -> Side.STAFF;
            };
        }
    }

    /** A case in a list, with the names of its customer and assignee and its event's title (empty for none). */
    public record Listed(SupportCase supportCase, String customer, String assignee, String eventTitle) {}

    /**
     * A case as the viewer sees it: the messages, attachments and actions the viewer may see (the
     * customer neither internal notes nor their files nor the desk's action rows), and the display
     * names of everyone in it.
     */
    public record Detail(
            SupportCase supportCase,
            Access access,
            String eventTitle,
            List<SupportMessage> messages,
            List<SupportAttachment> attachments,
            List<CaseAction> actions,
            Map<Long, String> names) {}

    /** What a desk action did: the case after it, the action row, the answer written, and a refund's result. */
    public record Acted(
            SupportCase supportCase, CaseAction action, Optional<SupportMessage> answer, Checkout.Refunded refunded) {}

    /** A stored attachment and its file, for a download. */
    public record Download(SupportAttachment attachment, Path file) {}

    /** A message and its case, for the mail that tells of it. */
    public record Told(SupportCase supportCase, SupportMessage message) {}

    /** A customer's case with the messages the customer sees, for the data export. */
    public record Exported(SupportCase supportCase, List<SupportMessage> messages) {}

    /**
     * The customer opens a case with its first message: about one of their bookings, or (kind
     * GENERAL) about none.
     *
     * @throws SupportException unknown-booking (another customer's booking too), invalid-subject,
     *     invalid-body, booking-required, booking-not-allowed
     */
    public SupportCase open(Account customer, CaseKind kind, Long bookingId, String subject, String body) {
        SupportCase.checkedSubject(subject);
        SupportMessage.checkedBody(body);
        OffsetDateTime now = now();
        Long eventId = null;
        Long organisationId = null;
        if (kind.needsBooking() && bookingId != null) {
            Booking booking = bookings.find(customer.id(), bookingId)
                    .orElseThrow(() -> new SupportException(Reason.UNKNOWN_BOOKING, bookingId));
            eventId = booking.eventId();
            organisationId =
                    catalog.findEvent(eventId).flatMap(Event::organisationId).orElse(null);
        }
        SupportCase opened = new SupportCase(customer.id(), kind, subject, bookingId, eventId, organisationId, now);
        em.persist(opened);
        em.flush();
        SupportMessage first = new SupportMessage(opened.id(), customer.id(), Side.CUSTOMER, body, false, now);
        em.persist(first);
        em.flush();
        tell(opened, first);
        return opened;
    }

    /**
     * The customer opens a case whose first message carries a file, in one transaction: a file that
     * is refused opens no case.
     *
     * @throws SupportException the refusals of {@link #open} and of {@link #attach}
     */
    public SupportCase open(
            Account customer,
            CaseKind kind,
            Long bookingId,
            String subject,
            String body,
            String fileName,
            InputStream content) {
        SupportCase opened = open(customer, kind, bookingId, subject, body);
        SupportAttachment attachment = attach(customer, opened.id(), fileName, content);
        SupportMessage first = em.createNamedQuery(SupportMessage.OF_CASE, SupportMessage.class)
                .setParameter("case", opened.id())
                .setParameter("internal", false)
                .getResultList()
                .get(0);
        attachment.carriedBy(first.id());
        em.flush();
        return opened;
    }

    /**
     * The cases the person opened as a customer, whatever their roles, the latest activity first,
     * a page at a time: their portal's list of cases.
     *
     * @param state only the cases in this state, or null for all
     */
    public Page<Listed> listOwn(Account customer, CaseState state, int page, int size) {
        StringBuilder where = new StringBuilder(" where c.customerId = :customer");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("customer", customer.id());
        if (state != null) {
            where.append(" and c.state = :state");
            parameters.put("state", state);
        }
        return listed(where, parameters, " order by c.lastActivityAt desc, c.id desc", page, size);
    }

    /**
     * The cases the viewer sees, a page at a time: the desk all of them, with the filters, the longest
     * waiting for an answer first; an organizer those of the events of their organisation (the same
     * filters but organisation), in the same order; a customer their own (the state filter only),
     * the latest activity first.
     *
     * @throws SupportException invalid-filter for an assignee filter of a non-desk viewer
     */
    public Page<Listed> list(Account viewer, CaseQuery query, int page, int size) {
        CaseQuery filters = query == null ? CaseQuery.any() : query;
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        String order;
        if (isStaff(viewer)) {
            narrow(where, parameters, filters, true);
            order = " order by c.awaitingStaff desc, c.stateSince, c.id";
        } else if (viewer.organisationAsOrganizer().isPresent()) {
            where.append(" and c.organisationId = :organisation");
            parameters.put("organisation", viewer.organisationAsOrganizer().get());
            narrow(where, parameters, filters, false);
            order = " order by c.awaitingStaff desc, c.stateSince, c.id";
        } else {
            where.append(" and c.customerId = :customer");
            parameters.put("customer", viewer.id());
            if (filters.state() != null) {
                where.append(" and c.state = :state");
                parameters.put("state", filters.state());
            }
            order = " order by c.lastActivityAt desc, c.id desc";
        }
        return listed(where, parameters, order, page, size);
    }

    private Page<Listed> listed(StringBuilder where, Map<String, Object> parameters, String order, int page, int size) {
        TypedQuery<SupportCase> items =
                em.createQuery("select c from SupportCase c" + where + order, SupportCase.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from SupportCase c" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<SupportCase> cases = items.setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = count.getSingleResult();
        Set<Long> people = new HashSet<>();
        cases.forEach(c -> {
            people.add(c.customerId());
            c.assigneeId().ifPresent(people::add);
        });
        Map<Long, String> names = accounts.displayNames(people);
        Map<Long, String> titles = new HashMap<>();
        List<Listed> listed = cases.stream()
                .map(c -> new Listed(
                        c,
                        names.getOrDefault(c.customerId(), ""),
                        c.assigneeId().map(id -> names.getOrDefault(id, "")).orElse(""),
                        c.eventId()
                                .map(id -> titles.computeIfAbsent(id, this::titleOf))
                                .orElse("")))
                .toList();
        return new Page<>(listed, page, size, total);
    }

    private static void narrow(StringBuilder where, Map<String, Object> parameters, CaseQuery filters, boolean desk) {
        if (filters.state() != null) {
            where.append(" and c.state = :state");
            parameters.put("state", filters.state());
        }
        if (filters.kind() != null) {
            where.append(" and c.kind = :kind");
            parameters.put("kind", filters.kind());
        }
        if (filters.eventId() != null) {
            where.append(" and c.eventId = :event");
            parameters.put("event", filters.eventId());
        }
        if (desk && filters.organisationId() != null) {
            where.append(" and c.organisationId = :filterOrganisation");
            parameters.put("filterOrganisation", filters.organisationId());
        }
        if (filters.assignee() != null) {
            if (filters.assignee() == CaseQuery.UNASSIGNED) {
                where.append(" and c.assigneeId is null");
            } else {
                where.append(" and c.assigneeId = :assignee");
                parameters.put("assignee", filters.assignee());
            }
        }
        if (filters.createdBefore() != null) {
            where.append(" and c.createdAt < :before");
            parameters.put("before", filters.createdBefore());
        }
    }

    /**
     * The case as the viewer sees it.
     *
     * @throws SupportException unknown, also for a case the viewer may not see
     */
    public Detail get(Account viewer, long caseId) {
        SupportCase found = em.find(SupportCase.class, caseId);
        Access access = accessTo(viewer, found).orElseThrow(() -> new SupportException(Reason.UNKNOWN, caseId));
        return detail(viewer, found, access);
    }

    /** How the viewer may see the case; empty when not at all. */
    public Optional<Access> access(Account viewer, long caseId) {
        return accessTo(viewer, em.find(SupportCase.class, caseId));
    }

    private Detail detail(Account viewer, SupportCase supportCase, Access access) {
        boolean inner = access != Access.CUSTOMER;
        List<SupportMessage> messages = em.createNamedQuery(SupportMessage.OF_CASE, SupportMessage.class)
                .setParameter("case", supportCase.id())
                .setParameter("internal", inner)
                .getResultList();
        Set<Long> shownMessages = new HashSet<>();
        messages.forEach(message -> shownMessages.add(message.id()));
        List<SupportAttachment> attachments = em
                .createNamedQuery(SupportAttachment.OF_CASE, SupportAttachment.class)
                .setParameter("case", supportCase.id())
                .getResultList()
                .stream()
                .filter(attachment -> attachment
                        .messageId()
                        .map(shownMessages::contains)
                        .orElse(access == Access.STAFF || attachment.uploaderId() == viewer.id()))
                .toList();
        List<CaseAction> actions = inner
                ? em.createNamedQuery(CaseAction.OF_CASE, CaseAction.class)
                        .setParameter("case", supportCase.id())
                        .getResultList()
                : List.of();
        Set<Long> people = new LinkedHashSet<>();
        people.add(supportCase.customerId());
        supportCase.assigneeId().ifPresent(people::add);
        messages.forEach(message -> people.add(message.authorId()));
        actions.forEach(action -> people.add(action.actorId()));
        return new Detail(
                supportCase,
                access,
                supportCase.eventId().map(this::titleOf).orElse(""),
                messages,
                attachments,
                actions,
                accounts.displayNames(people));
    }

    /**
     * Writes a message on the case, carrying attachments uploaded before by the author: the
     * customer's opens the case again (a resolved one too); a public answer of the desk or an
     * organizer makes it wait for the customer, who is told; an internal note (desk and organizers
     * only) changes nothing and tells nobody. A closed case takes internal notes only.
     *
     * @param attachmentIds ids answered by {@link #attach}, or empty
     * @throws SupportException unknown, invalid-body, case-closed, internal-not-allowed,
     *     invalid-attachment, too-many-attachments, busy
     */
    public SupportMessage write(Account author, long caseId, String body, boolean internal, List<Long> attachmentIds) {
        SupportMessage.checkedBody(body);
        SupportCase supportCase = locked(caseId);
        Access access = accessTo(author, supportCase).orElseThrow(() -> new SupportException(Reason.UNKNOWN, caseId));
        return written(author, supportCase, access.side(), body, internal, attachmentIds);
    }

    /**
     * Writes a message that carries one file, in one transaction: a refused file writes no message,
     * and a refused message keeps no file.
     *
     * @throws SupportException the refusals of {@link #attach} and of {@link #write(Account, long,
     *     String, boolean, List)}
     */
    public SupportMessage write(
            Account author, long caseId, String body, boolean internal, String fileName, InputStream content) {
        SupportMessage.checkedBody(body);
        SupportAttachment attachment = attach(author, caseId, fileName, content);
        return write(author, caseId, body, internal, List.of(attachment.id()));
    }

    private SupportMessage written(
            Account author,
            SupportCase supportCase,
            Side side,
            String body,
            boolean internal,
            List<Long> attachmentIds) {
        OffsetDateTime now = now();
        if (internal && side == Side.CUSTOMER) {
            throw new SupportException(Reason.INTERNAL_NOT_ALLOWED);
        }
        supportCase.written(side, internal, now);
        SupportMessage message = new SupportMessage(supportCase.id(), author.id(), side, body, internal, now);
        em.persist(message);
        em.flush();
        List<Long> ids = attachmentIds == null
                ? List.of()
                : attachmentIds.stream().distinct().toList();
        if (ids.size() > ATTACHMENTS_MAX) {
            throw new SupportException(Reason.TOO_MANY_ATTACHMENTS, ATTACHMENTS_MAX);
        }
        for (Long id : ids) {
            SupportAttachment attachment = id == null ? null : em.find(SupportAttachment.class, id);
            if (attachment == null
                    || attachment.caseId() != supportCase.id()
                    || attachment.uploaderId() != author.id()
                    || attachment.messageId().isPresent()) {
                throw new SupportException(Reason.INVALID_ATTACHMENT, String.valueOf(id));
            }
            attachment.carriedBy(message.id());
        }
        if (!internal) {
            tell(supportCase, message);
        }
        return message;
    }

    /**
     * Stores a file for a message of the case that follows: read at most one byte past the limit,
     * its type told from its content. Not on a closed case by its customer.
     *
     * @throws SupportException unknown, case-closed, attachments-waiting (20 files no message carries
     *     yet), invalid-file-name, attachment-empty,
     *     attachment-too-large (413), attachment-type (415)
     */
    public SupportAttachment attach(Account uploader, long caseId, String name, InputStream content) {
        SupportCase supportCase = em.find(SupportCase.class, caseId);
        Access access = accessTo(uploader, supportCase).orElseThrow(() -> new SupportException(Reason.UNKNOWN, caseId));
        String fileName = SupportAttachment.checkedName(name);
        if (access == Access.CUSTOMER && supportCase.state() == CaseState.CLOSED) {
            throw new SupportException(Reason.CASE_CLOSED, caseId);
        }
        long waiting = em.createNamedQuery(SupportAttachment.WAITING, Long.class)
                .setParameter("case", caseId)
                .setParameter("account", uploader.id())
                .getSingleResult();
        if (waiting >= SupportAttachment.WAITING_MAX) {
            throw new SupportException(Reason.ATTACHMENTS_WAITING, waiting);
        }
        AttachmentStore.Stored stored = store.store(content);
        // a file whose row rolls back is deleted with it
        afterRollback(stored.storageName());
        SupportAttachment attachment = new SupportAttachment(
                caseId, uploader.id(), fileName, stored.contentType(), stored.size(), stored.storageName(), now());
        em.persist(attachment);
        em.flush();
        return attachment;
    }

    /**
     * An attachment of the case with its file, for one who may see it: those who see its message;
     * one no message carries yet, its uploader and the desk.
     *
     * @throws SupportException unknown (the case), unknown-attachment
     */
    public Download attachment(Account viewer, long caseId, long attachmentId) {
        SupportCase supportCase = em.find(SupportCase.class, caseId);
        Access access = accessTo(viewer, supportCase).orElseThrow(() -> new SupportException(Reason.UNKNOWN, caseId));
        SupportAttachment attachment = Optional.ofNullable(em.find(SupportAttachment.class, attachmentId))
                .filter(candidate -> candidate.caseId() == caseId)
                .filter(candidate -> candidate
                        .messageId()
                        .map(message -> access != Access.CUSTOMER
                                || !em.find(SupportMessage.class, message).isInternal())
                        .orElse(access == Access.STAFF || candidate.uploaderId() == viewer.id()))
                .orElseThrow(() -> new SupportException(Reason.UNKNOWN_ATTACHMENT, attachmentId));
        return new Download(attachment, store.fileOf(attachment.storageName()));
    }

    /**
     * The desk gives the case to a support or admin account, or to nobody ({@code assigneeId} null).
     *
     * @param seenVersion the case's version the desk member saw, or null not to check it
     * @throws SupportException not-staff, unknown, invalid-assignee, case-changed, busy
     */
    public SupportCase assign(Account staff, long caseId, Long assigneeId, Long seenVersion) {
        requireStaff(staff);
        if (assigneeId != null
                && accounts.findWithRoles(assigneeId)
                        .filter(Account::isActive)
                        .filter(SupportCases::isStaff)
                        .isEmpty()) {
            throw new SupportException(Reason.INVALID_ASSIGNEE, assigneeId);
        }
        SupportCase supportCase = notOwn(staff, locked(caseId));
        if (seenVersion != null) {
            supportCase.requireVersion(seenVersion);
        }
        supportCase.assign(assigneeId, now());
        em.flush();
        return supportCase;
    }

    /**
     * The desk resolves, closes or reopens the case.
     *
     * @param seenVersion the case's version the desk member saw, or null not to check it
     * @throws SupportException not-staff, unknown, invalid-state-change, case-changed, busy
     */
    public SupportCase changeState(Account staff, long caseId, CaseState target, Long seenVersion) {
        requireStaff(staff);
        SupportCase supportCase = notOwn(staff, locked(caseId));
        if (seenVersion != null) {
            supportCase.requireVersion(seenVersion);
        }
        supportCase.moveTo(target, now());
        em.flush();
        return supportCase;
    }

    /**
     * The desk cancels the case's booking for its customer, whatever the event's cancellation policy
     * says: a paid booking is refunded in full. Recorded on the case and in the audit trail; the
     * answer, if given, goes to the customer.
     *
     * @throws SupportException not-staff, unknown, case-changed, no-booking, busy, invalid-body
     * @throws org.boxoffice.booking.entity.InvalidBookingStateException for a booking that has ended
     */
    public Acted cancelBooking(Account staff, long caseId, long seenVersion, String answer, String address) {
        SupportCase supportCase = forAction(staff, caseId, seenVersion, answer);
        long bookingId = supportCase.bookingId().orElseThrow();
        checkout.cancelOnRequest(bookingId);
        return acted(
                staff,
                supportCase,
                CaseAction.Kind.CANCEL,
                "booking " + bookingId + " cancelled",
                answer,
                address,
                null);
    }

    /**
     * The desk gives money back from the case's booking, as an admin's refund does: for tickets
     * (their price and service fee, unless an amount is given) or an amount. Once per version of the
     * case: the refund's idempotency key is the case and the version the desk member saw.
     *
     * @throws SupportException not-staff, unknown, case-changed, no-booking, busy, invalid-body
     * @throws org.boxoffice.booking.boundary.InvalidRefundException and the other refusals of {@link
     *     Checkout#refund}
     */
    public Acted refund(
            Account staff,
            long caseId,
            long seenVersion,
            List<Long> ticketIds,
            BigDecimal amount,
            String answer,
            String address) {
        SupportCase supportCase = forAction(staff, caseId, seenVersion, answer);
        long bookingId = supportCase.bookingId().orElseThrow();
        Checkout.Refunded refunded = checkout.refund(
                staff.id(),
                staff.email(),
                bookingId,
                ticketIds,
                amount,
                "support-case-" + caseId + "-v" + seenVersion,
                address);
        String detail = "booking " + bookingId + " refunded "
                + refunded.refund().amount().amount().toPlainString() + " "
                + refunded.refund().amount().currency().getCurrencyCode()
                + (ticketIds == null || ticketIds.isEmpty() ? "" : ", tickets " + ticketIds);
        return acted(staff, supportCase, CaseAction.Kind.REFUND, detail, answer, address, refunded);
    }

    /**
     * The desk sends the booking's confirmation with its tickets (PDF) to the customer again, as a
     * new notification.
     *
     * @throws SupportException not-staff, unknown, case-changed, no-booking, booking-not-confirmed, busy
     */
    public Acted resendTickets(Account staff, long caseId, long seenVersion, String answer, String address) {
        SupportCase supportCase = forAction(staff, caseId, seenVersion, answer);
        long bookingId = supportCase.bookingId().orElseThrow();
        Booking booking = bookings.find(supportCase.customerId(), bookingId)
                .orElseThrow(() -> new SupportException(Reason.NO_BOOKING, caseId));
        if (booking.status() != BookingStatus.CONFIRMED) {
            throw new SupportException(
                    Reason.BOOKING_NOT_CONFIRMED, bookingId, booking.status().name());
        }
        notifications.send(
                Notice.booking(Template.BOOKING_CONFIRMATION, booking.accountId(), booking.id(), booking.eventId()));
        return acted(
                staff,
                supportCase,
                CaseAction.Kind.RESEND_TICKETS,
                "tickets of booking " + bookingId + " sent again",
                answer,
                address,
                null);
    }

    private SupportCase forAction(Account staff, long caseId, long seenVersion, String answer) {
        requireStaff(staff);
        if (answer != null && !answer.isBlank()) {
            SupportMessage.checkedBody(answer);
        }
        SupportCase supportCase = notOwn(staff, locked(caseId));
        supportCase.requireVersion(seenVersion);
        if (supportCase.bookingId().isEmpty()) {
            throw new SupportException(Reason.NO_BOOKING, caseId);
        }
        return supportCase;
    }

    private Acted acted(
            Account staff,
            SupportCase supportCase,
            CaseAction.Kind kind,
            String detail,
            String answer,
            String address,
            Checkout.Refunded refunded) {
        OffsetDateTime now = now();
        CaseAction action = new CaseAction(supportCase.id(), staff.id(), kind, detail, now);
        em.persist(action);
        supportCase.acted(now);
        audit.record(
                staff.id(),
                staff.email(),
                Action.SUPPORT_ACTION,
                supportCase.customerId(),
                "case " + supportCase.id() + ": " + detail,
                address);
        Optional<SupportMessage> written = Optional.empty();
        if (answer != null && !answer.isBlank()) {
            written = Optional.of(written(staff, supportCase, Side.STAFF, answer, false, List.of()));
        }
        em.flush();
        return new Acted(supportCase, action, written, refunded);
    }

    /**
     * Closes the cases left waiting for their customer, or resolved, for {@code
     * boxoffice.support.auto-close-days} before {@code now}, in one conditional statement: several
     * instances running it at once close each case once.
     *
     * @return how many cases were closed
     */
    public int closeStale(OffsetDateTime now) {
        return em.createNamedQuery(SupportCase.CLOSE_STALE)
                .setParameter("now", now.withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter("states", List.of(CaseState.WAITING_FOR_CUSTOMER, CaseState.RESOLVED))
                .setParameter(
                        "before",
                        now.minus(Duration.ofDays(Math.max(1, autoCloseDays))).withOffsetSameInstant(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** The message and its case, for the mail that tells of it; empty while not seen yet. */
    public Optional<Told> told(long messageId) {
        return Optional.ofNullable(em.find(SupportMessage.class, messageId))
                .map(message -> new Told(em.find(SupportCase.class, message.caseId()), message));
    }

    /** The customer's cases with the messages they see (no internal notes), for the data export. */
    public List<Exported> exportOf(long accountId) {
        return em
                .createNamedQuery(SupportCase.OF_CUSTOMER, SupportCase.class)
                .setParameter("customer", accountId)
                .getResultList()
                .stream()
                .map(c -> new Exported(
                        c,
                        em.createNamedQuery(SupportMessage.OF_CASE, SupportMessage.class)
                                .setParameter("case", c.id())
                                .setParameter("internal", false)
                                .getResultList()))
                .toList();
    }

    /**
     * A closed account's messages lose their texts, and the files it uploaded go (rows now, files
     * after the commit): what its owner wrote goes with the account. The cases stay, for the
     * bookings' history.
     */
    public void erase(@Observes AccountErased erased) {
        em.createNamedQuery(SupportMessage.ERASE)
                .setParameter("account", erased.accountId())
                .executeUpdate();
        List<SupportAttachment> files = em.createNamedQuery(SupportAttachment.OF_UPLOADER, SupportAttachment.class)
                .setParameter("account", erased.accountId())
                .getResultList();
        List<String> names = new ArrayList<>();
        for (SupportAttachment file : files) {
            names.add(file.storageName());
            em.remove(file);
        }
        afterCommit(names);
    }

    /**
     * Who is told of a message: the customer of a public answer; of the customer's message, the
     * assignee, or without one the organizers of the event's organisation.
     */
    private void tell(SupportCase supportCase, SupportMessage message) {
        if (message.isInternal()) {
            return;
        }
        if (message.side() != Side.CUSTOMER) {
            notifications.send(Notice.support(Template.SUPPORT_ANSWER, supportCase.customerId(), message.id()));
            return;
        }
        for (long recipient : deskToTell(supportCase)) {
            if (recipient != message.authorId()) {
                notifications.send(Notice.support(Template.SUPPORT_CUSTOMER_MESSAGE, recipient, message.id()));
            }
        }
    }

    private Collection<Long> deskToTell(SupportCase supportCase) {
        if (supportCase.assigneeId().isPresent()) {
            return List.of(supportCase.assigneeId().get());
        }
        if (supportCase.organisationId().isPresent()) {
            return organisations.members(supportCase.organisationId().get()).stream()
                    .filter(member -> member.has(Role.ORGANIZER) && member.isActive())
                    .map(Account::id)
                    .toList();
        }
        return List.of();
    }

    private Optional<Access> accessTo(Account viewer, SupportCase supportCase) {
        if (viewer == null || supportCase == null) {
            return Optional.empty();
        }
        // a member of the desk or an organizer who opened the case is its customer there, and no
        // more: nobody answers, notes or acts on their own case
        if (supportCase.customerId() == viewer.id()) {
            return Optional.of(Access.CUSTOMER);
        }
        if (isStaff(viewer)) {
            return Optional.of(Access.STAFF);
        }
        Optional<Long> organisation = viewer.organisationAsOrganizer();
        if (organisation.isPresent() && organisation.equals(supportCase.organisationId())) {
            return Optional.of(Access.ORGANIZER);
        }
        return Optional.empty();
    }

    /** The case, unless the member of the desk is its customer: nobody works on their own case. */
    private static SupportCase notOwn(Account staff, SupportCase supportCase) {
        if (supportCase.customerId() == staff.id()) {
            throw new SupportException(Reason.OWN_CASE, supportCase.id());
        }
        return supportCase;
    }

    private static void requireStaff(Account account) {
        if (!isStaff(account)) {
            throw new SupportException(Reason.NOT_STAFF);
        }
    }

    /** Support staff and admins: the desk. */
    public static boolean isStaff(Account account) {
        return account != null && (account.has(Role.SUPPORT) || account.has(Role.ADMIN));
    }

    private String titleOf(long eventId) {
        return catalog.findEvent(eventId).map(Event::title).orElse("");
    }

    /** The case, locked for the change (a bounded wait): messages and desk actions on one case run one at a time. */
    private SupportCase locked(long caseId) {
        SupportCase supportCase = lockTimeouts.bounded(
                em,
                () -> em.find(SupportCase.class, caseId, LockModeType.PESSIMISTIC_WRITE),
                busy -> new SupportException(Reason.BUSY, caseId));
        if (supportCase == null) {
            throw new SupportException(Reason.UNKNOWN, caseId);
        }
        return supportCase;
    }

    private void afterRollback(String storageName) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    store.delete(storageName);
                }
            }
        });
    }

    private void afterCommit(List<String> storageNames) {
        if (storageNames.isEmpty()) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    storageNames.forEach(store::delete);
                }
            }
        });
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
