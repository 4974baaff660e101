package org.boxoffice.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotificationKindTest {

    @Test
    void customersSeeTheKindsOfBookingsAndEventsNotThoseOfTheirAccount() {
        assertThat(NotificationKind.ofPortal())
                .contains(NotificationKind.BOOKING_CONFIRMATION, NotificationKind.EVENT_REMINDER)
                .doesNotContain(
                        NotificationKind.PASSWORD_RESET,
                        NotificationKind.EMAIL_VERIFICATION,
                        NotificationKind.SALES_REPORT)
                .allSatisfy(kind -> assertThat(kind.group()).isNotEqualTo(NotificationKind.Group.ACCOUNT));
    }

    @Test
    void onlyOptionalKindsCanBeSwitchedOff() {
        assertThatNoException().isThrownBy(() -> NotificationKind.EVENT_REMINDER.checkMailChoice(false));
        assertThatNoException().isThrownBy(() -> NotificationKind.BOOKING_CONFIRMATION.checkMailChoice(true));
        assertThatThrownBy(() -> NotificationKind.BOOKING_CONFIRMATION.checkMailChoice(false))
                .isInstanceOf(MandatoryNotificationException.class)
                .hasMessageContaining("BOOKING_CONFIRMATION");
        assertThatThrownBy(() -> new NotificationPreference(7L, NotificationKind.REFUND, false))
                .isInstanceOf(MandatoryNotificationException.class);
        assertThat(new NotificationPreference(7L, NotificationKind.PAYMENT_RECEIPT, false).mail())
                .isFalse();
    }

    @Test
    void kindsAreReadAsClientsWriteThemAndAnUnknownOneIsNamed() {
        assertThat(NotificationKind.parse("EVENT_REMINDER")).isEqualTo(NotificationKind.EVENT_REMINDER);
        assertThat(NotificationKind.parse(" event-reminder ")).isEqualTo(NotificationKind.EVENT_REMINDER);
        assertThatThrownBy(() -> NotificationKind.parse("SPAM"))
                .isInstanceOf(UnknownNotificationKindException.class)
                .hasMessageContaining("\"SPAM\"");
        assertThatThrownBy(() -> NotificationKind.parse("x".repeat(10_000)))
                .isInstanceOf(UnknownNotificationKindException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        assertThat(NotificationKind.find("event-reminder"))
                .as("exact names only")
                .isEmpty();
    }

    @Test
    void everyKindHasATitleAndADescriptionInEnglishAndGerman() {
        for (NotificationKind kind : NotificationKind.values()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
                assertThat(kind.title(locale)).as("%s in %s", kind, locale).doesNotContain(kind.name());
                assertThat(kind.description(locale))
                        .as("%s in %s", kind, locale)
                        .doesNotContain(kind.name());
            }
            assertThat(kind.title(Locale.GERMAN)).as(kind.name()).isNotEqualTo(kind.title(Locale.ENGLISH));
        }
        assertThat(NotificationKind.EVENT_REMINDER.title(Locale.GERMAN)).isEqualTo("Erinnerungen an Veranstaltungen");
    }
}
