package org.boxoffice.api.account;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.boxoffice.account.boundary.Privacy;
import org.boxoffice.api.booking.BookingView;
import org.boxoffice.api.payment.TransactionView;
import org.boxoffice.review.boundary.Reviews;
import org.boxoffice.support.boundary.SupportCases;

/**
 * "Download my data": everything kept about the signed-in person, as JSON. The bookings with their
 * tickets, the payments with their refunds, the reviews and the support cases come from their
 * components beside the account's own data (see {@link DataExports}), in the shapes the API gives
 * them elsewhere: the reviews the person wrote, marked and reported; the cases they opened, with
 * the messages they see.
 */
public record DataExportView(
        String exportedAt,
        AccountView account,
        String registeredAt,
        List<ConsentView> consents,
        List<NotificationItem> notifications,
        List<SecurityEvent> securityEvents,
        List<BookingView> bookings,
        List<TransactionView> payments,
        ReviewsItem reviews,
        List<SupportCaseItem> supportCases) {

    public record NotificationItem(String subject, String body, String createdAt, boolean read) {}

    public record SecurityEvent(String action, String occurredAt, String detail, String address) {}

    public record SupportCaseItem(
            String id,
            String subject,
            String kind,
            String state,
            String bookingId,
            String createdAt,
            List<SupportMessageItem> messages) {}

    public record SupportMessageItem(String side, String body, String createdAt) {}

    /** What the person did with reviews: the reviews they wrote, marked helpful and reported. */
    public record ReviewsItem(List<WrittenReview> written, List<HelpfulMarkItem> helpful, List<ReportItem> reports) {}

    /** A review the person wrote, hidden by the moderators or not; text and edit time null when none. */
    public record WrittenReview(
            String id,
            String eventId,
            String event,
            int rating,
            String text,
            boolean verified,
            boolean hidden,
            String createdAt,
            String editedAt) {}

    public record HelpfulMarkItem(String reviewId, String eventId, String event, String markedAt) {}

    public record ReportItem(String reviewId, String eventId, String event, String reason, String reportedAt) {}

    public static DataExportView of(
            Privacy.DataExport export,
            List<BookingView> bookings,
            List<TransactionView> payments,
            Reviews.PersonalData reviews,
            List<SupportCases.Exported> supportCases) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        return new DataExportView(
                export.exportedAt().format(iso),
                AccountView.of(export.account()),
                export.account().createdAt().format(iso),
                export.consents().stream().map(ConsentView::of).toList(),
                export.notifications().stream()
                        .map(n -> new NotificationItem(
                                n.subject(), n.body(), n.createdAt().format(iso), n.isRead()))
                        .toList(),
                export.securityEvents().stream()
                        .map(e -> new SecurityEvent(
                                e.action().name(), e.occurredAt().format(iso), e.detail(), e.address()))
                        .toList(),
                bookings,
                payments,
                reviews(reviews),
                supportCases(supportCases));
    }

    private static List<SupportCaseItem> supportCases(List<SupportCases.Exported> supportCases) {
        return supportCases.stream()
                .map(exported -> new SupportCaseItem(
                        String.valueOf(exported.supportCase().id()),
                        exported.supportCase().subject(),
                        exported.supportCase().kind().name(),
                        exported.supportCase().state().name(),
                        exported.supportCase().bookingId().map(String::valueOf).orElse(null),
                        iso(exported.supportCase().createdAt()),
                        exported.messages().stream()
                                .map(m -> new SupportMessageItem(
                                        m.side().name(), m.body().orElse(null), iso(m.createdAt())))
                                .toList()))
                .toList();
    }

    private static ReviewsItem reviews(Reviews.PersonalData data) {
        return new ReviewsItem(
                data.written().stream()
                        .map(review -> new WrittenReview(
                                String.valueOf(review.id()),
                                String.valueOf(review.eventId()),
                                data.eventTitles().get(review.eventId()),
                                review.rating(),
                                review.text().orElse(null),
                                review.isVerified(),
                                review.isHidden(),
                                iso(review.createdAt()),
                                review.editedAt().map(DataExportView::iso).orElse(null)))
                        .toList(),
                data.helpfulMarks().stream()
                        .map(mark -> {
                            Long event = data.eventOfReview().get(mark.reviewId());
                            return new HelpfulMarkItem(
                                    String.valueOf(mark.reviewId()),
                                    event == null ? null : String.valueOf(event),
                                    data.eventTitles().get(event),
                                    iso(mark.markedAt()));
                        })
                        .toList(),
                data.reports().stream()
                        .map(report -> {
                            Long event = data.eventOfReview().get(report.reviewId());
                            return new ReportItem(
                                    String.valueOf(report.reviewId()),
                                    event == null ? null : String.valueOf(event),
                                    data.eventTitles().get(event),
                                    report.reason(),
                                    iso(report.reportedAt()));
                        })
                        .toList());
    }

    private static String iso(OffsetDateTime time) {
        return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
