package org.boxoffice.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.review.boundary.Reviews;
import org.boxoffice.review.control.Ratings;
import org.boxoffice.review.entity.Review;
import org.boxoffice.review.entity.ReviewException;
import org.boxoffice.review.entity.ReviewException.Reason;

/**
 * The reviews section of the event page ({@code event.xhtml}, beside {@link EventBacking}, which
 * loads the event): the figures of the shown reviews, the reviews a page at a time, newest or most
 * helpful first; for signed-in users "Helpful" and "Report"; for a customer who went, their own
 * review to write or change; for the organizers of the event, an answer to each review. The
 * section's messages show apart from the booking's ({@value #MESSAGES}).
 */
@Named
@ViewScoped
public class EventReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key of the section's messages ({@code <p:messages for="reviews" forType="key">}). */
    static final String MESSAGES = "reviews";

    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** A review as the section shows it (EL 5 reads getters only). The text is shown escaped. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final int rating;
        private final String text;
        private final String author;
        private final String writtenAt;
        private final String writtenInstant;
        private final boolean edited;
        private final boolean verified;
        private final boolean hidden;
        private final int helpfulCount;
        private final boolean helpfulToYou;
        private final boolean own;
        private final String answer;

        Row(Reviews.Shown shown, Long viewerId) {
            Review review = shown.review();
            this.id = review.id();
            this.rating = review.rating();
            this.text = review.text().orElse(null);
            this.author = shown.author();
            this.writtenAt =
                    review.createdAt().withOffsetSameInstant(ZoneOffset.UTC).format(UTC_TIME);
            this.writtenInstant = review.createdAt().toInstant().toString();
            this.edited = review.editedAt().isPresent();
            this.verified = review.isVerified();
            this.hidden = review.isHidden();
            this.helpfulCount = review.helpfulCount();
            this.helpfulToYou = shown.helpfulToViewer();
            this.own = viewerId != null && viewerId == review.accountId();
            this.answer = review.answer().orElse(null);
        }

        public long getId() {
            return id;
        }

        public int getRating() {
            return rating;
        }

        /** Five stars, as many filled as the rating. */
        public String getStars() {
            return "★".repeat(rating) + "☆".repeat(Review.MAX_RATING - rating);
        }

        public String getText() {
            return text;
        }

        public String getAuthor() {
            return author;
        }

        /** When it was written, in UTC; the browser shows it in the viewer's zone ({@link #getWrittenInstant}). */
        public String getWrittenAt() {
            return writtenAt;
        }

        public String getWrittenInstant() {
            return writtenInstant;
        }

        public boolean isEdited() {
            return edited;
        }

        public boolean isVerified() {
            return verified;
        }

        public boolean isHidden() {
            return hidden;
        }

        public int getHelpfulCount() {
            return helpfulCount;
        }

        public boolean isHelpfulToYou() {
            return helpfulToYou;
        }

        /** The viewer wrote it. */
        public boolean isOwn() {
            return own;
        }

        public String getAnswer() {
            return answer;
        }
    }

    /** One bar of the distribution: how many gave the rating, and its share of the largest count. */
    public static final class Bar implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int rating;
        private final long count;
        private final long percent;

        Bar(int rating, long count, long largest) {
            this.rating = rating;
            this.count = count;
            this.percent = largest == 0 ? 0 : Math.round(100.0 * count / largest);
        }

        public int getRating() {
            return rating;
        }

        public long getCount() {
            return count;
        }

        /** The bar's width in percent: the most given rating fills it. */
        public long getPercent() {
            return percent;
        }
    }

    @Inject
    transient Reviews reviews;

    @Inject
    transient Catalog catalog;

    @Inject
    transient SignedIn signedIn;

    private long eventId;
    private Long organisationId;
    private String endsAt = "";
    private Reviews.Sort sort = Reviews.Sort.NEWEST;

    private long count;
    private String average;
    private List<Bar> distribution = List.of();

    private Long ownId;
    private boolean mayWrite;
    private String standingHint;
    private Integer rating;
    private String text;

    private Long reportTarget;
    private String reportReason;
    private Long answerTarget;
    private String answerText;

    private final PagedRows<Reviews.Shown, Row> rows = new PagedRows<>(
            (page, size) -> reviews.list(viewer().orElse(null), eventId, sort, page, size)
                    .reviews(),
            shown -> new Row(shown, viewer().map(Account::id).orElse(null)),
            row -> String.valueOf(row.getId()));

    /** The reviews of the event the page shows; nothing when the page found no event. */
    public void load(long eventId) {
        if (eventId <= 0) {
            return;
        }
        this.eventId = eventId;
        Event event = catalog.getEvent(eventId);
        organisationId = event.organisationId().orElse(null);
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        endsAt = event.endsAt()
                        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(locale))
                + " (" + event.endZone().getId() + ")";
        refresh();
    }

    /** The figures and what the viewer may do, anew. */
    private void refresh() {
        Ratings ratings = reviews.ratings(eventId);
        count = ratings.count();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        average = ratings.average()
                .map(value -> String.format(locale, "%.1f", value))
                .orElse(null);
        long largest = ratings.distribution().values().stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        List<Bar> bars = new ArrayList<>();
        // the highest rating on top, as shops show it
        for (int stars = Review.MAX_RATING; stars >= Review.MIN_RATING; stars--) {
            bars.add(new Bar(stars, ratings.distribution().getOrDefault(stars, 0L), largest));
        }
        distribution = bars;
        standing();
    }

    private void standing() {
        ownId = null;
        mayWrite = false;
        standingHint = null;
        Optional<Account> customer = viewer().filter(account -> account.has(Role.CUSTOMER));
        if (customer.isEmpty()) {
            return;
        }
        Reviews.Standing standing = reviews.standing(customer.get().id(), eventId);
        if (standing.own().isPresent()) {
            Review own = standing.own().get();
            ownId = own.id();
            rating = own.rating();
            text = own.text().orElse(null);
        } else if (standing.mayWrite()) {
            mayWrite = true;
        } else {
            standingHint = ReviewRefusals.text(standing.refusal().get(), endsAt);
        }
    }

    /** Writes the customer's review, or changes it when they have one. */
    public void save() {
        Account author = viewer().orElse(null);
        if (author == null) {
            FacesMessages.errorFor(MESSAGES, "reviews.signInFirst");
            return;
        }
        if (rating == null) {
            FacesMessages.errorFor(MESSAGES, "reviews.chooseRating");
            return;
        }
        boolean saved = attempt(() -> {
            if (ownId == null) {
                reviews.post(author.id(), eventId, rating, text);
                FacesMessages.infoFor(MESSAGES, "reviews.posted");
            } else {
                reviews.edit(author.id(), ownId, rating, text);
                FacesMessages.infoFor(MESSAGES, "reviews.changed");
            }
            return null;
        });
        if (saved) {
            // a refused text stays in the form, to be mended
            refresh();
        }
    }

    /** The viewer finds the review helpful: once, not their own. */
    public void markHelpful(Row row) {
        signedInAnd(account -> reviews.markHelpful(account, row.getId()), "reviews.markedHelpful");
    }

    /** Opens the report form under the review. */
    public void startReport(Row row) {
        reportTarget = row.getId();
        reportReason = null;
        answerTarget = null;
    }

    public void cancelReport() {
        reportTarget = null;
        reportReason = null;
    }

    /** Reports the review to the moderators with the reason given. */
    public void report() {
        if (reportTarget == null) {
            return;
        }
        long target = reportTarget;
        if (signedInAnd(account -> reviews.report(account, target, reportReason), "reviews.reported")) {
            cancelReport();
        }
    }

    /** Opens the answer form under the review (organizers of the event). */
    public void startAnswer(Row row) {
        answerTarget = row.getId();
        answerText = null;
        reportTarget = null;
    }

    public void cancelAnswer() {
        answerTarget = null;
        answerText = null;
    }

    /** Answers the review publicly, once. */
    public void answer() {
        if (answerTarget == null) {
            return;
        }
        long target = answerTarget;
        if (signedInAnd(account -> reviews.answer(account, target, answerText), "reviews.answered")) {
            cancelAnswer();
        }
    }

    /** A change in the order: the list starts again at its first page. */
    public void sortChanged() {
        PagedRows.showFirstPage(":reviewList:table");
    }

    private boolean signedInAnd(Function<Account, Object> action, String done) {
        Optional<Account> account = viewer();
        if (account.isEmpty()) {
            FacesMessages.errorFor(MESSAGES, "reviews.signInFirst");
            return false;
        }
        boolean succeeded = attempt(() -> action.apply(account.get()));
        if (succeeded) {
            FacesMessages.infoFor(MESSAGES, done);
        }
        return succeeded;
    }

    /**
     * Runs the review component's action; a refusal becomes the page's words for it. A review that
     * exists already (written meanwhile in another window) is shown to be changed instead.
     */
    private boolean attempt(Supplier<Object> action) {
        try {
            action.get();
            return true;
        } catch (ReviewException refused) {
            ReviewRefusals.show(MESSAGES, refused, endsAt);
            if (refused.reason() == Reason.ALREADY_REVIEWED || refused.reason() == Reason.EVENT_NOT_ENDED) {
                standing();
            }
            return false;
        }
    }

    private Optional<Account> viewer() {
        return signedIn.find();
    }

    public PagedRows<?, Row> getRows() {
        return rows;
    }

    public long getCount() {
        return count;
    }

    /** The average rating to one decimal; null without reviews. */
    public String getAverage() {
        return average;
    }

    /** The bars of ratings 5 down to 1. */
    public List<Bar> getDistribution() {
        return distribution;
    }

    public String getSort() {
        return sort.name();
    }

    public void setSort(String sort) {
        this.sort = "HELPFUL".equals(sort) ? Reviews.Sort.HELPFUL : Reviews.Sort.NEWEST;
    }

    /** The viewer is signed in: "Helpful" and "Report" show. */
    public boolean isSignedIn() {
        return viewer().isPresent();
    }

    /** The viewer organizes the event: "Answer" shows on reviews without an answer. */
    public boolean isOrganizer() {
        return organisationId != null
                && viewer().flatMap(Account::organisationAsOrganizer)
                        .filter(organisationId::equals)
                        .isPresent();
    }

    /** The customer has a review of the event: the form changes it. */
    public boolean isHasOwn() {
        return ownId != null;
    }

    /** The customer may write a review: the form writes it. */
    public boolean isMayWrite() {
        return mayWrite;
    }

    /** Why the signed-in customer cannot review the event (yet); null when they can or are not a customer. */
    public String getStandingHint() {
        return standingHint;
    }

    public int getTextMax() {
        return Review.TEXT_MAX;
    }

    public int getReasonMax() {
        return Review.REASON_MAX;
    }

    public int getAnswerMax() {
        return Review.ANSWER_MAX;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getText() {
        return text;
    }

    /**
     * The text as typed: browsers send a text area's line breaks as CR LF, which would count twice
     * against the length that the field counts them once in.
     */
    public void setText(String text) {
        this.text = text == null ? null : text.replace("\r\n", "\n");
    }

    public Long getReportTarget() {
        return reportTarget;
    }

    public String getReportReason() {
        return reportReason;
    }

    public void setReportReason(String reportReason) {
        this.reportReason = reportReason;
    }

    public Long getAnswerTarget() {
        return answerTarget;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }
}
