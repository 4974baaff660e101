package org.boxoffice.notification.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.it.fixtures.Fixtures;
import org.boxoffice.it.fixtures.Fixtures.GaEvent;
import org.boxoffice.notification.entity.CapturedMail;
import org.boxoffice.notification.entity.Notice;
import org.boxoffice.notification.entity.Notification;
import org.boxoffice.notification.entity.NotificationKind;
import org.boxoffice.notification.entity.Template;

/**
 * Notifications through the real broker, in the container (which keeps its mails in the database,
 * having no mail server): a notice sent inside a committed transaction is mailed, one sent in a
 * transaction that rolls back never is, the same key delivered twice mails once, a confirmation
 * lands in the inbox with its tickets attached, and a reminder goes out once however often the
 * timer's work runs.
 *
 * <p>Run by {@link org.boxoffice.incontainer.InContainerIT}, in the one deployment of all the
 * in-container checks.
 */
@Dependent
public class NotificationsChecks {

    @Inject
    NotificationSender sender;

    @Inject
    Notifications notifications;

    @Inject
    Reminders reminders;

    @Inject
    SentKeys sentKeys;

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    public void aNoticeSentInACommittedTransactionIsMailed() {
        long account = fixtures.account();
        String to = Fixtures.unique("committed") + "@example.org";

        sender.send(Notice.account(Template.EMAIL_CHANGE_NOTICE, account, to, null, null));

        assertThat(await(() -> !sender.captured(to).isEmpty())).isTrue();
        assertThat(sender.captured(to).get(0).subject()).isEqualTo("Your boxoffice e-mail address is about to change");
        assertThat(sender.captured(to).get(0).body()).contains("Hello A Fan,", "If it was not you");
    }

    public void aNoticeSentInATransactionThatRollsBackIsNeverMailed() throws InterruptedException {
        long account = fixtures.account();
        String rolledBack = Fixtures.unique("rolled-back") + "@example.org";
        String marker = Fixtures.unique("marker") + "@example.org";
        Notice lost = Notice.account(Template.EMAIL_CHANGE_NOTICE, account, rolledBack, null, null);

        assertThatThrownBy(() -> sender.sendAndRollBack(lost)).isInstanceOf(NotificationSender.Abort.class);
        sender.send(Notice.account(Template.EMAIL_CHANGE_NOTICE, account, marker, null, null));

        assertThat(await(() -> !sender.captured(marker).isEmpty())).isTrue();
        Thread.sleep(2_000);
        assertThat(sender.captured(rolledBack)).isEmpty();
        assertThat(fixtures.count("select count(*) from sent_notification where notification_key = ?1", lost.key()))
                .isZero();
    }

    public void theSameKeyDeliveredTwiceIsMailedOnce() throws InterruptedException {
        long account = fixtures.account();
        String to = Fixtures.unique("twice") + "@example.org";
        Notice notice = Notice.account(Template.EMAIL_CHANGE_NOTICE, account, to, null, null);

        sender.send(notice);
        sender.send(notice);

        assertThat(await(() -> !sender.captured(to).isEmpty())).isTrue();
        Thread.sleep(2_000);
        assertThat(sender.captured(to)).hasSize(1);
        assertThat(fixtures.count("select count(*) from sent_notification where notification_key = ?1", notice.key()))
                .isEqualTo(1);
    }

    public void aConfirmationLandsInTheInboxAndIsMailedWithItsTickets() {
        long account = fixtures.account();
        String email = accounts.get(account).email();
        GaEvent event = fixtures.publishedGeneralAdmission(10, Duration.ofDays(20), "0.00");

        long booking = sender.freeBooking(account, event);

        assertThat(await(() -> !inbox(account).isEmpty())).isTrue();
        Notification confirmation = inbox(account).get(0);
        assertThat(confirmation.subject()).isEqualTo("Booking " + booking + " confirmed: " + event.title());
        assertThat(confirmation.kind()).hasValue(NotificationKind.BOOKING_CONFIRMATION);
        assertThat(confirmation.bookingId()).hasValue(booking);
        assertThat(confirmation.eventId()).hasValue(event.eventId());
        assertThat(await(() -> !sender.captured(email).isEmpty())).isTrue();
        CapturedMail mail = sender.captured(email).get(0);
        assertThat(mail.body()).contains(event.title(), "/my/booking.xhtml?id=" + booking);
        assertThat(mail.attachments()).containsExactly("booking-" + booking + "-tickets.pdf");
    }

    public void aReminderIsSentOnceOverTwoTimerRuns() throws InterruptedException {
        long account = fixtures.account();
        GaEvent event = fixtures.publishedGeneralAdmission(10, Duration.ofHours(3), "0.00");
        long booking = sender.freeBooking(account, event);
        assertThat(await(() -> !inbox(account).isEmpty()))
                .as("the confirmation")
                .isTrue();

        reminders.remindUpcoming();
        reminders.remindUpcoming();

        // the shared platform's own timer may have reminded this booking first: either way, once
        assertThat(fixtures.count("select count(*) from booking where id = ?1 and reminded_at is not null", booking))
                .isEqualTo(1);
        assertThat(await(() -> reminders(account) == 1)).isTrue();
        Thread.sleep(2_000);
        assertThat(reminders(account)).isEqualTo(1);
        assertThat(inbox(account).stream()
                        .filter(n -> n.kind().orElse(null) == NotificationKind.EVENT_REMINDER)
                        .findFirst()
                        .orElseThrow()
                        .subject())
                .isEqualTo("Reminder: " + event.title() + " is coming up");
    }

    public void keysOlderThanTheCutoffAreForgottenAndNewerOnesKept() {
        String old = Fixtures.unique("old-key");
        String recent = Fixtures.unique("recent-key");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String insert =
                "insert into sent_notification (notification_key, kind, sent_at) values (?1, 'PAYMENT_RECEIPT', ?2)";
        fixtures.execute(insert, old, now.minusDays(31));
        fixtures.execute(insert, recent, now.minusDays(29));

        assertThat(sentKeys.forgetOlderThan(now.minusDays(30))).isPositive();

        String count = "select count(*) from sent_notification where notification_key = ?1";
        assertThat(fixtures.count(count, old)).isZero();
        assertThat(fixtures.count(count, recent)).isEqualTo(1);
    }

    private long reminders(long account) {
        return fixtures.count(
                "select count(*) from sent_notification where account_id = ?1 and kind = 'EVENT_REMINDER'", account);
    }

    private List<Notification> inbox(long account) {
        return notifications.inbox(account, 1, 10).items();
    }

    private static boolean await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
