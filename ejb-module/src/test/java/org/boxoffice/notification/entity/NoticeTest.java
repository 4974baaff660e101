package org.boxoffice.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeTest {

    @Test
    void everyNoticeHasAKeyOfItsOwn() {
        Notice first = Notice.booking(Template.BOOKING_CONFIRMATION, 1, 4711, 7);
        Notice second = Notice.booking(Template.BOOKING_CONFIRMATION, 1, 4711, 7);

        assertThat(first.key()).startsWith("BOOKING_CONFIRMATION:b4711:").isNotEqualTo(second.key());
        assertThat(first.kind()).isEqualTo(NotificationKind.BOOKING_CONFIRMATION);
        assertThat(first.isFanOut()).isFalse();
    }

    @Test
    void aFanOutsNoticesAndPagesHaveKeysMadeFromItsOwn() {
        Notice changed = Notice.eventChanged(7, List.of("startsAt", "origin"));
        Notice second = changed.nextPage(500);
        Notice third = second.nextPage(900);

        assertThat(changed.isFanOut()).isTrue();
        assertThat(changed.changes()).isEqualTo("startsAt,origin");
        assertThat(changed.forBooking(4711, 1).key()).isEqualTo(changed.key() + "/b4711");
        assertThat(third.forBooking(4711, 1).key())
                .as("the same booking from any page: the same key")
                .isEqualTo(changed.key() + "/b4711");
        assertThat(third.key()).isEqualTo(changed.key() + ">900");
        assertThat(third.after()).isEqualTo(900);
        assertThat(changed.forBooking(4711, 1).isFanOut()).isFalse();
        assertThat(changed.forBooking(4711, 1).accountId()).isEqualTo(1);
    }

    @Test
    void aSalesReportIsKeyedByItsIdAndFansOutToEachFinanceContact() {
        Notice report = Notice.salesReport(50);
        Notice again = Notice.salesReport(50);

        assertThat(report.key())
                .as("queued twice, sent once")
                .isEqualTo("SALES_REPORT:r50")
                .isEqualTo(again.key());
        assertThat(report.kind()).isEqualTo(NotificationKind.SALES_REPORT);
        assertThat(report.isFanOut()).isTrue();
        assertThat(report.isReportFanOut()).isTrue();
        Notice contact = report.forAccount(7);
        assertThat(contact.key()).isEqualTo("SALES_REPORT:r50/a7");
        assertThat(contact.accountId()).isEqualTo(7);
        assertThat(contact.reportId()).isEqualTo(50);
        assertThat(contact.isFanOut()).isFalse();
        assertThatThrownBy(() -> contact.forAccount(8)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> report.forBooking(4711, 7)).isInstanceOf(IllegalStateException.class);
        assertThat(Notice.eventChanged(7, List.of("startsAt")).isReportFanOut()).isFalse();
    }

    @Test
    void aReviewModerationIsKeyedByTheModerationAndGoesToTheAuthor() {
        Notice hidden = Notice.review(Template.REVIEW_HIDDEN, 7, 12, 150);

        assertThat(hidden.key())
                .as("queued twice, sent once")
                .isEqualTo("REVIEW_HIDDEN:v150")
                .isEqualTo(Notice.review(Template.REVIEW_HIDDEN, 7, 12, 150).key());
        assertThat(hidden.accountId()).isEqualTo(7);
        assertThat(hidden.eventId()).isEqualTo(12);
        assertThat(hidden.moderationId()).isEqualTo(150);
        assertThat(hidden.isFanOut()).isFalse();
        assertThat(Notice.review(Template.REVIEW_RESTORED, 7, 12, 200).kind())
                .isEqualTo(NotificationKind.REVIEW_HIDDEN);
        assertThatThrownBy(() -> Notice.review(Template.REFUND, 7, 12, 150))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSalesReportGoesToAFinanceAddressOnceWhateverItsCaseAndLength() {
        Notice report = Notice.salesReport(50);
        String longAddress = "a".repeat(64) + "@" + "ledger.".repeat(25) + "example.org";

        Notice address = report.forAddress("Books@Example.org");
        assertThat(address.key())
                .startsWith("SALES_REPORT:r50/m")
                .isEqualTo(report.forAddress("books@example.org").key())
                .isNotEqualTo(report.forAddress("ledger@example.org").key());
        assertThat(address.to()).isEqualTo("Books@Example.org");
        assertThat(address.accountId()).isNull();
        assertThat(address.reportId()).isEqualTo(50);
        assertThat(address.isFanOut()).as("a letter, not a fan-out").isFalse();
        assertThat(report.forAddress(longAddress).key()).hasSizeLessThanOrEqualTo(Notice.KEY_MAX);
        assertThatThrownBy(() -> address.forAddress("x@example.org")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Notice.eventChanged(7, List.of("startsAt")).forAddress("x@example.org"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAccountMailNeedsItsAddress() {
        assertThatThrownBy(() -> Notice.account(Template.PASSWORD_RESET, 1, null, "secret", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Notice.account(Template.PASSWORD_RESET, 1, "ada@example.org", "secret", null)
                        .kind())
                .isEqualTo(NotificationKind.PASSWORD_RESET);
    }

    @Test
    void everyKindHasATemplateOfItsName() {
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(Template.of(kind).kind()).isEqualTo(kind);
        }
        assertThat(Template.EMAIL_CHANGE_NOTICE.file()).isEqualTo("email-change-notice");
    }
}
