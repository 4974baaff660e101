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
