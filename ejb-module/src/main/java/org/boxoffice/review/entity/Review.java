package org.boxoffice.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.boxoffice.review.entity.ReviewException.Reason;

/**
 * One customer's rating of an event, 1 to 5, with an optional text kept exactly as typed (pages and
 * mails escape it when they show it). Verified when the author was checked in at the event. The
 * organizers of the event answer it once; moderators hide and restore it.
 */
@Entity
@Table(name = "review")
@NamedQuery(
        name = Review.OF_AUTHOR,
        query = "select r from Review r where r.eventId = :event and r.accountId = :account")
@NamedQuery(
        name = Review.FIGURES,
        query = "select r.rating, count(r) from Review r where r.eventId = :event and r.hidden = false"
                + " group by r.rating")
@NamedQuery(
        name = Review.SHOWN_NEWEST,
        query = "select r from Review r where r.eventId = :event and (r.hidden = false or r.accountId = :viewer"
                + " or r.hidden = :seeHidden) order by r.createdAt desc, r.id desc")
@NamedQuery(
        name = Review.SHOWN_HELPFUL,
        query = "select r from Review r where r.eventId = :event and (r.hidden = false or r.accountId = :viewer"
                + " or r.hidden = :seeHidden) order by r.helpfulCount desc, r.createdAt desc, r.id desc")
@NamedQuery(
        name = Review.COUNT_SHOWN,
        query = "select count(r) from Review r where r.eventId = :event and (r.hidden = false"
                + " or r.accountId = :viewer or r.hidden = :seeHidden)")
@NamedQuery(
        name = Review.QUEUE,
        query = "select r from Review r where r.pending = true order by r.reportCount desc, r.createdAt, r.id")
@NamedQuery(name = Review.COUNT_QUEUE, query = "select count(r) from Review r where r.pending = true")
@NamedQuery(
        name = Review.HIDDEN_NEWEST,
        query = "select r from Review r where r.hidden = true and r.pending = false"
                + " order by r.createdAt desc, r.id desc")
@NamedQuery(
        name = Review.COUNT_HIDDEN,
        query = "select count(r) from Review r where r.hidden = true and r.pending = false")
public class Review {

    public static final String OF_AUTHOR = "Review.ofAuthor";
    /** The shown reviews of an event counted per rating: what the average and the distribution are made of. */
    public static final String FIGURES = "Review.figures";
    /** An event's reviews that the viewer sees (:viewer their own hidden ones too, :seeHidden true for a moderator: all), newest first. */
    public static final String SHOWN_NEWEST = "Review.shownNewest";
    /** As {@link #SHOWN_NEWEST}, those most often found helpful first. */
    public static final String SHOWN_HELPFUL = "Review.shownHelpful";

    public static final String COUNT_SHOWN = "Review.countShown";
    /** The reviews waiting for a moderator, the most reported first, then the oldest. */
    public static final String QUEUE = "Review.queue";

    public static final String COUNT_QUEUE = "Review.countQueue";
    /** The hidden reviews off the queue, the newest first: what a moderator may restore. */
    public static final String HIDDEN_NEWEST = "Review.hiddenNewest";

    public static final String COUNT_HIDDEN = "Review.countHidden";

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    /** The longest text of a review, in characters. */
    public static final int TEXT_MAX = 4000;
    /** The longest answer of an organizer. */
    public static final int ANSWER_MAX = 2000;
    /** The longest reason of a report or a moderation. */
    public static final int REASON_MAX = 1000;

    @Id
    @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false)
    private int rating;

    @Column(length = TEXT_MAX)
    private String body;

    @Column(nullable = false)
    private boolean verified;

    @Column(nullable = false)
    private boolean hidden;

    /** Waiting for a moderator: posted, edited or reported since one last looked at it. */
    @Column(nullable = false)
    private boolean pending;

    @Column(name = "helpful_count", nullable = false)
    private int helpfulCount;

    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @Column(length = ANSWER_MAX)
    private String answer;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "edited_at")
    private OffsetDateTime editedAt;

    @Version
    private long version;

    protected Review() {}

    /** A new review, waiting for a moderator's look; throws {@link ReviewException} for a rating or text out of bounds. */
    public Review(long eventId, long accountId, int rating, String text, boolean verified, OffsetDateTime now) {
        this.eventId = eventId;
        this.accountId = accountId;
        this.rating = checkedRating(rating);
        this.body = checkedText(text);
        this.verified = verified;
        this.pending = true;
        this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The author changes rating and text; the review waits for a moderator's look again. */
    public void edit(int newRating, String newText, boolean nowVerified, OffsetDateTime now) {
        int checked = checkedRating(newRating);
        String text = checkedText(newText);
        this.rating = checked;
        this.body = text;
        this.verified = verified || nowVerified;
        this.editedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
        this.pending = true;
    }

    /** Someone found it helpful (the caller has recorded that they had not before). */
    public void markedHelpful() {
        helpfulCount++;
    }

    /** Someone reported it (once each): it waits for a moderator. */
    public void reported() {
        reportCount++;
        pending = true;
    }

    /** The organizer's public answer, once. */
    public void answer(String text, long organizer, OffsetDateTime now) {
        if (answer != null) {
            throw new ReviewException(Reason.ALREADY_ANSWERED, id);
        }
        if (text == null || text.isBlank() || text.length() > ANSWER_MAX || text.indexOf('\u0000') >= 0) {
            throw new ReviewException(Reason.INVALID_ANSWER, ANSWER_MAX);
        }
        this.answer = text;
        this.answeredBy = organizer;
        this.answeredAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A moderator hides it: it leaves averages and lists; it is off the queue. */
    public void hide() {
        if (hidden) {
            throw new ReviewException(Reason.ALREADY_HIDDEN, id);
        }
        hidden = true;
        pending = false;
    }

    /**
     * A moderator restores it, or keeps a shown one as it is: either way it is off the queue.
     *
     * @return whether it was hidden (and is shown again now)
     */
    public boolean restore() {
        boolean was = hidden;
        hidden = false;
        pending = false;
        return was;
    }

    public boolean isVisibleTo(Long viewer, boolean moderator) {
        return !hidden || moderator || (viewer != null && viewer.equals(accountId));
    }

    public static int checkedRating(int rating) {
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new ReviewException(Reason.INVALID_RATING, rating, MIN_RATING, MAX_RATING);
        }
        return rating;
    }

    /** The text as typed; blank is none. */
    public static String checkedText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > TEXT_MAX) {
            throw new ReviewException(Reason.TEXT_TOO_LONG, text.length(), TEXT_MAX);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new ReviewException(Reason.INVALID_TEXT);
        }
        return text;
    }

    /** A reason of a report or a moderation: 1 to {@value #REASON_MAX} characters, stripped. */
    public static String checkedReason(String reason) {
        if (reason == null
                || reason.isBlank()
                || reason.strip().length() > REASON_MAX
                || reason.indexOf('\u0000') >= 0) {
            throw new ReviewException(Reason.INVALID_REASON, REASON_MAX);
        }
        return reason.strip();
    }

    public Long id() {
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public long accountId() {
        return accountId;
    }

    public int rating() {
        return rating;
    }

    public Optional<String> text() {
        return Optional.ofNullable(body);
    }

    public boolean isVerified() {
        return verified;
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isPending() {
        return pending;
    }

    public int helpfulCount() {
        return helpfulCount;
    }

    public int reportCount() {
        return reportCount;
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<OffsetDateTime> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Optional<OffsetDateTime> editedAt() {
        return Optional.ofNullable(editedAt);
    }
}
