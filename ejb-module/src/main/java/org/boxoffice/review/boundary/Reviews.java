package org.boxoffice.review.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.boxoffice.account.boundary.AccountErased;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.EventStatus;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.notification.entity.Template;
import org.boxoffice.platform.control.LockTimeouts;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.review.control.Ratings;
import org.boxoffice.review.entity.HelpfulMark;
import org.boxoffice.review.entity.Moderation;
import org.boxoffice.review.entity.Review;
import org.boxoffice.review.entity.ReviewException;
import org.boxoffice.review.entity.ReviewException.Reason;
import org.boxoffice.review.entity.ReviewReport;
import org.boxoffice.ticket.boundary.Tickets;
import org.boxoffice.ticket.boundary.Tickets.Attendance;

/**
 * Reviews of events: written by customers who went, marked helpful and reported by other users,
 * answered by the event's organizers, hidden and restored by admins and support staff.
 *
 * <p>Who went is the ticket component's to say: a customer checked in at the event (a verified
 * review, at once), or one who held a valid ticket of a confirmed booking until the event ended.
 * Hidden reviews count in no figures; only their author and the moderators see them. A moderation
 * is audited and its author told by mail, after the commit.
 */
@Stateless
public class Reviews {

    private static final DateTimeFormatter ENDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    Tickets tickets;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    LockTimeouts lockTimeouts;

    /** How to order an event's reviews. */
    public enum Sort {
        NEWEST,
        HELPFUL
    }

    /** A review as a list shows it: with its author's display name, and whether the viewer marked it helpful. */
    public record Shown(Review review, String author, boolean helpfulToViewer) {}

    /** An event's figures (of shown reviews only) and a page of the reviews the viewer sees. */
    public record Listing(Ratings ratings, Page<Shown> reviews) {}

    /** A review in the moderation queue, with its reports. */
    public record Queued(Review review, String author, String eventTitle, List<ReviewReport> reports) {}

    /** What the author's mail about a moderation tells. */
    public record Told(Moderation moderation, Review review) {}

    /**
     * What a customer may do about an event's reviews: change their own review, write one (neither
     * set), or neither, for the refusal that posting would meet.
     */
    public record Standing(Optional<Review> own, Optional<ReviewException> refusal) {

        /** The customer may write a review now. */
        public boolean mayWrite() {
            return own.isEmpty() && refusal.isEmpty();
        }
    }

    /**
     * What the reviews keep about one person, for their copy of their data: the reviews they wrote
     * (hidden ones too), the reviews they found helpful and those they reported, with the titles of
     * the events all these reviews are about.
     */
    public record PersonalData(
            List<Review> written,
            List<HelpfulMark> helpfulMarks,
            List<ReviewReport> reports,
            Map<Long, Long> eventOfReview,
            Map<Long, String> eventTitles) {}

    /**
     * The customer's review of the event.
     *
     * @throws UnknownEventException for an unknown event or a draft
     * @throws ReviewException not-attended, event-not-ended, already-reviewed, invalid-rating,
     *     text-too-long, invalid-text
     */
    public Review post(long accountId, long eventId, int rating, String text) {
        Event event = visibleEvent(eventId);
        Review.checkedRating(rating);
        Review.checkedText(text);
        boolean verified = mayReview(accountId, event);
        if (findOf(accountId, eventId).isPresent()) {
            throw new ReviewException(Reason.ALREADY_REVIEWED, eventId);
        }
        Review review = new Review(eventId, accountId, rating, text, verified, now());
        em.persist(review);
        try {
            // a second review posted at the same moment fails on the unique key here
            em.flush();
        } catch (PersistenceException e) {
            throw new ReviewException(Reason.ALREADY_REVIEWED, eventId);
        }
        return review;
    }

    /**
     * Whether the customer may review the event, has reviewed it, or why not: what the event page
     * offers them.
     *
     * @throws UnknownEventException for an unknown event or a draft
     */
    public Standing standing(long accountId, long eventId) {
        Event event = visibleEvent(eventId);
        Optional<Review> own = findOf(accountId, eventId);
        if (own.isPresent()) {
            return new Standing(own, Optional.empty());
        }
        try {
            mayReview(accountId, event);
            return new Standing(Optional.empty(), Optional.empty());
        } catch (ReviewException refused) {
            // the refusal a post would meet, told beforehand; nothing was changed
            return new Standing(Optional.empty(), Optional.of(refused));
        }
    }

    /** What the reviews keep about the person, for their data export. */
    public PersonalData personalData(long accountId) {
        List<Review> written = em.createQuery(
                        "select r from Review r where r.accountId = :account order by r.createdAt, r.id", Review.class)
                .setParameter("account", accountId)
                .getResultList();
        List<HelpfulMark> marks = em.createQuery(
                        "select m from HelpfulMark m where m.accountId = :account order by m.markedAt, m.reviewId",
                        HelpfulMark.class)
                .setParameter("account", accountId)
                .getResultList();
        List<ReviewReport> reports = em.createQuery(
                        "select r from ReviewReport r where r.accountId = :account order by r.reportedAt, r.id",
                        ReviewReport.class)
                .setParameter("account", accountId)
                .getResultList();
        Map<Long, Long> eventOfReview = new HashMap<>();
        written.forEach(review -> eventOfReview.put(review.id(), review.eventId()));
        Set<Long> others = new HashSet<>();
        marks.forEach(mark -> others.add(mark.reviewId()));
        reports.forEach(report -> others.add(report.reviewId()));
        others.removeAll(eventOfReview.keySet());
        if (!others.isEmpty()) {
            em.createQuery("select r.id, r.eventId from Review r where r.id in :reviews", Object[].class)
                    .setParameter("reviews", others)
                    .getResultList()
                    .forEach(row -> eventOfReview.put((Long) row[0], (Long) row[1]));
        }
        Map<Long, String> titles = new HashMap<>();
        for (Long eventId : new HashSet<>(eventOfReview.values())) {
            catalog.findEvent(eventId).ifPresent(event -> titles.put(eventId, event.title()));
        }
        return new PersonalData(written, marks, reports, eventOfReview, titles);
    }

    /**
     * The author changes rating and text; it waits for a moderator again.
     *
     * @throws ReviewException unknown, not-author, invalid-rating, text-too-long, invalid-text
     */
    public Review edit(long accountId, long reviewId, int rating, String text) {
        Review review = locked(reviewId);
        if (review.accountId() != accountId) {
            throw new ReviewException(Reason.NOT_AUTHOR, reviewId);
        }
        boolean checkedIn =
                review.isVerified() || tickets.attendance(accountId, review.eventId()) == Attendance.CHECKED_IN;
        review.edit(rating, text, checkedIn, now());
        return review;
    }

    /**
     * The event's figures and a page of its reviews as the viewer (null: nobody signed in) sees them.
     *
     * @throws UnknownEventException for an unknown event or a draft
     */
    public Listing list(Account viewer, long eventId, Sort sort, int page, int size) {
        visibleEvent(eventId);
        long viewerId = viewer == null ? -1 : viewer.id();
        boolean moderator = isModerator(viewer);
        List<Review> items = em.createNamedQuery(
                        sort == Sort.HELPFUL ? Review.SHOWN_HELPFUL : Review.SHOWN_NEWEST, Review.class)
                .setParameter("event", eventId)
                .setParameter("viewer", viewerId)
                .setParameter("seeHidden", moderator)
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(Review.COUNT_SHOWN, Long.class)
                .setParameter("event", eventId)
                .setParameter("viewer", viewerId)
                .setParameter("seeHidden", moderator)
                .getSingleResult();
        Map<Long, String> names =
                accounts.displayNames(items.stream().map(Review::accountId).toList());
        Set<Long> helpful = viewer == null ? Set.of() : markedBy(viewerId, items);
        List<Shown> shown = items.stream()
                .map(review ->
                        new Shown(review, names.getOrDefault(review.accountId(), ""), helpful.contains(review.id())))
                .toList();
        return new Listing(ratings(eventId), new Page<>(shown, page, size, total));
    }

    /** The figures of the event's shown reviews. */
    public Ratings ratings(long eventId) {
        Map<Integer, Long> perRating = new HashMap<>();
        em.createNamedQuery(Review.FIGURES, Object[].class)
                .setParameter("event", eventId)
                .getResultList()
                .forEach(row -> perRating.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        return Ratings.of(perRating);
    }

    /**
     * The review as the viewer sees it.
     *
     * @throws ReviewException unknown, also for a hidden review the viewer may not see
     */
    public Review get(Account viewer, long reviewId) {
        return Optional.ofNullable(em.find(Review.class, reviewId))
                .filter(review -> review.isVisibleTo(viewer == null ? null : viewer.id(), isModerator(viewer)))
                .orElseThrow(() -> new ReviewException(Reason.UNKNOWN, reviewId));
    }

    /** The display name of the review's author. */
    public String authorOf(Review review) {
        return accounts.displayNames(List.of(review.accountId())).getOrDefault(review.accountId(), "");
    }

    /**
     * The user found the review helpful, once; not their own.
     *
     * @throws ReviewException unknown, own-review, already-helpful
     */
    public Review markHelpful(Account user, long reviewId) {
        Review review = visibleLocked(user, reviewId);
        if (review.accountId() == user.id()) {
            throw new ReviewException(Reason.OWN_REVIEW, reviewId);
        }
        if (em.find(HelpfulMark.class, new HelpfulMark.Key(reviewId, user.id())) != null) {
            throw new ReviewException(Reason.ALREADY_HELPFUL, reviewId);
        }
        em.persist(new HelpfulMark(reviewId, user.id(), now()));
        review.markedHelpful();
        return review;
    }

    /**
     * The user reports the review to the moderators, with a reason, once.
     *
     * @throws ReviewException unknown, already-reported, invalid-reason
     */
    public ReviewReport report(Account user, long reviewId, String reason) {
        Review review = visibleLocked(user, reviewId);
        ReviewReport report = new ReviewReport(reviewId, user.id(), reason, now());
        long before = em.createNamedQuery(ReviewReport.BY, Long.class)
                .setParameter("review", reviewId)
                .setParameter("account", user.id())
                .getSingleResult();
        if (before > 0) {
            throw new ReviewException(Reason.ALREADY_REPORTED, reviewId);
        }
        em.persist(report);
        review.reported();
        return report;
    }

    /**
     * An organizer of the event's organisation answers the review publicly, once.
     *
     * @throws ReviewException unknown, not-organizer, already-answered, invalid-answer
     */
    public Review answer(Account organizer, long reviewId, String text) {
        Review review = visibleLocked(organizer, reviewId);
        Optional<Long> organisation = catalog.getEvent(review.eventId()).organisationId();
        if (organisation.isEmpty() || !organisation.equals(organizer.organisationAsOrganizer())) {
            throw new ReviewException(Reason.NOT_ORGANIZER, reviewId);
        }
        review.answer(text, organizer.id(), now());
        return review;
    }

    /**
     * The reviews waiting for a moderator (posted or edited and not yet looked at, or reported since),
     * the most reported first.
     */
    public Page<Queued> queue(int page, int size) {
        List<Review> items = em.createNamedQuery(Review.QUEUE, Review.class)
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(Review.COUNT_QUEUE, Long.class).getSingleResult();
        return queued(items, page, size, total);
    }

    /**
     * The hidden reviews that wait for no moderator (a hidden review changed by its author is in the
     * {@link #queue} instead), the newest first, with their reports: what a moderator may restore.
     */
    public Page<Queued> hiddenReviews(int page, int size) {
        List<Review> items = em.createNamedQuery(Review.HIDDEN_NEWEST, Review.class)
                .setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        long total = em.createNamedQuery(Review.COUNT_HIDDEN, Long.class).getSingleResult();
        return queued(items, page, size, total);
    }

    private Page<Queued> queued(List<Review> items, int page, int size, long total) {
        Map<Long, String> names =
                accounts.displayNames(items.stream().map(Review::accountId).toList());
        Map<Long, List<ReviewReport>> reports = new HashMap<>();
        if (!items.isEmpty()) {
            em.createNamedQuery(ReviewReport.OF_REVIEWS, ReviewReport.class)
                    .setParameter("reviews", items.stream().map(Review::id).toList())
                    .getResultList()
                    .forEach(report -> reports.computeIfAbsent(report.reviewId(), id -> new ArrayList<>())
                            .add(report));
        }
        Map<Long, String> titles = new LinkedHashMap<>();
        for (Review review : items) {
            titles.computeIfAbsent(review.eventId(), id -> catalog.getEvent(id).title());
        }
        return new Page<>(
                items.stream()
                        .map(review -> new Queued(
                                review,
                                names.getOrDefault(review.accountId(), ""),
                                titles.get(review.eventId()),
                                reports.getOrDefault(review.id(), List.of())))
                        .toList(),
                page,
                size,
                total);
    }

    /**
     * A moderator hides the review: it leaves the figures and the lists. Audited; the author is told.
     *
     * @throws ReviewException unknown, already-hidden, invalid-reason
     */
    public Review hide(Account moderator, long reviewId, String reason, String address) {
        Review review = locked(reviewId);
        String why = Review.checkedReason(reason);
        review.hide();
        moderated(moderator, review, Moderation.Action.HIDE, why, address, true);
        return review;
    }

    /**
     * A moderator restores a hidden review, or keeps a shown one as it is (it leaves the queue).
     * Audited; the author of a hidden review is told that it shows again.
     *
     * @throws ReviewException unknown, invalid-reason
     */
    public Review restore(Account moderator, long reviewId, String reason, String address) {
        Review review = locked(reviewId);
        String why = Review.checkedReason(reason);
        boolean wasHidden = review.restore();
        moderated(moderator, review, Moderation.Action.RESTORE, why, address, wasHidden);
        return review;
    }

    /** The moderation and its review, for the author's mail; empty while the moderation is not seen yet. */
    public Optional<Told> told(long moderationId) {
        return Optional.ofNullable(em.find(Moderation.class, moderationId))
                .map(moderation -> new Told(moderation, em.find(Review.class, moderation.reviewId())));
    }

    private void moderated(
            Account moderator, Review review, Moderation.Action action, String why, String address, boolean tell) {
        if (!isModerator(moderator)) {
            // the API lets only moderators call; this keeps any other caller out as well
            throw new ReviewException(Reason.UNKNOWN, review.id());
        }
        Moderation moderation = new Moderation(review.id(), action, why, moderator.id(), now());
        em.persist(moderation);
        em.flush(); // its id goes into the notice
        audit.record(
                moderator.id(),
                moderator.email(),
                action == Moderation.Action.HIDE ? Action.REVIEW_HIDDEN : Action.REVIEW_RESTORED,
                review.accountId(),
                "review " + review.id() + " of event " + review.eventId() + ": " + why,
                address);
        if (tell) {
            notifications.send(Notice.review(
                    action == Moderation.Action.HIDE ? Template.REVIEW_HIDDEN : Template.REVIEW_RESTORED,
                    review.accountId(),
                    review.eventId(),
                    moderation.id()));
        }
    }

    private boolean mayReview(long accountId, Event event) {
        Attendance attendance = tickets.attendance(accountId, event.id());
        return switch (attendance) {
            case CHECKED_IN -> true;
            case TICKET -> {
                if (event.endsAt().toInstant().isAfter(now().toInstant())) {
                    throw new ReviewException(
                            Reason.EVENT_NOT_ENDED,
                            event.id(),
                            event.endsAt().format(ENDS) + " (" + event.endZone().getId() + ")");
                }
                yield false;
            }
            case NONE -> throw new ReviewException(Reason.NOT_ATTENDED, event.id());
        };
    }

    private Optional<Review> findOf(long accountId, long eventId) {
        return em.createNamedQuery(Review.OF_AUTHOR, Review.class)
                .setParameter("event", eventId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst();
    }

    private Event visibleEvent(long eventId) {
        Event event = catalog.findEvent(eventId).orElseThrow(() -> new UnknownEventException(eventId));
        if (event.status() == EventStatus.DRAFT) {
            throw new UnknownEventException(eventId);
        }
        return event;
    }

    private Set<Long> markedBy(long viewerId, Collection<Review> reviews) {
        if (reviews.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "select m.reviewId from HelpfulMark m where m.accountId = :account and m.reviewId in :reviews",
                        Long.class)
                .setParameter("account", viewerId)
                .setParameter("reviews", reviews.stream().map(Review::id).toList())
                .getResultList());
    }

    /** The review, locked for the change: helpful marks and reports of many users at once count each. */
    private Review locked(long reviewId) {
        Review review = lockTimeouts.bounded(
                em,
                () -> em.find(Review.class, reviewId, LockModeType.PESSIMISTIC_WRITE),
                busy -> new ReviewException(Reason.BUSY, reviewId));
        if (review == null) {
            throw new ReviewException(Reason.UNKNOWN, reviewId);
        }
        return review;
    }

    private Review visibleLocked(Account viewer, long reviewId) {
        Review review = locked(reviewId);
        if (!review.isVisibleTo(viewer.id(), isModerator(viewer))) {
            throw new ReviewException(Reason.UNKNOWN, reviewId);
        }
        return review;
    }

    static boolean isModerator(Account account) {
        return account != null && (account.has(Role.ADMIN) || account.has(Role.SUPPORT));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * A closed account's reviews lose their texts, and its reports their reasons: what its owner
     * wrote goes with the account. The ratings stay in the figures, under the closed account's
     * erased name; the organizers' answers stay.
     */
    public void erase(@Observes AccountErased erased) {
        em.createQuery("update Review r set r.body = null, r.version = r.version + 1 where r.accountId = :account")
                .setParameter("account", erased.accountId())
                .executeUpdate();
        em.createQuery("update ReviewReport r set r.reason = '' where r.accountId = :account")
                .setParameter("account", erased.accountId())
                .executeUpdate();
    }
}
