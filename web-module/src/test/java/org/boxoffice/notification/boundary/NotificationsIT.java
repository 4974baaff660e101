package org.boxoffice.notification.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.boxoffice.it.Deployments;
import org.boxoffice.it.fixtures.Fixtures;
import org.boxoffice.notification.entity.Notification;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JMS tracer, in the container: a message sent inside a JTA transaction reaches the
 * message-driven bean through the real broker; one sent in a transaction that rolls back never does.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestsOf(NotificationsIT.class);
    }

    @Inject
    NotificationSender sender;

    @Inject
    Notifications notifications;

    @Inject
    Fixtures fixtures;

    @Test
    void aMessageSentInACommittedTransactionIsDelivered() {
        long account = fixtures.account();

        sender.sendAndCommit(account, "Your tickets are ready");

        assertThat(awaitSubject(account, "Your tickets are ready")).isTrue();
    }

    @Test
    void aMessageSentInATransactionThatRollsBackIsNeverDelivered() throws InterruptedException {
        long account = fixtures.account();

        assertThatThrownBy(() -> sender.sendAndRollBack(account, "Booking confirmed"))
                .isInstanceOf(NotificationSender.Abort.class);
        sender.sendAndCommit(account, "Marker after the rollback");

        assertThat(awaitSubject(account, "Marker after the rollback")).isTrue();
        Thread.sleep(2_000);
        assertThat(subjects(account)).containsExactly("Marker after the rollback");
    }

    private boolean awaitSubject(long account, String subject) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (subjects(account).contains(subject)) {
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

    private List<String> subjects(long account) {
        return notifications.inbox(account, 1, 10).items().stream()
                .map(Notification::subject)
                .toList();
    }
}
