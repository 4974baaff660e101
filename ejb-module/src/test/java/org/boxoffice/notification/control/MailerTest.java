package org.boxoffice.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.boxoffice.notification.entity.Mail;
import org.boxoffice.settings.boundary.Settings;
import org.junit.jupiter.api.Test;

/** The pause after the mail server could not be reached. */
class MailerTest {

    @Test
    void theMessageIdOfANotificationIsMadeFromItsKeySoThatASecondDeliveryCarriesTheSameOne() {
        assertThat(Mailer.messageId("BOOKING_CONFIRMED:42:a1b2", "Box Office <tickets@example.org>"))
                .isEqualTo("<notice.BOOKING_CONFIRMED-42-a1b2@example.org>")
                .isEqualTo(Mailer.messageId("BOOKING_CONFIRMED:42:a1b2", "Box Office <tickets@example.org>"));
        assertThat(Mailer.messageId("k 1", "no address")).isEqualTo("<notice.k-1@boxoffice>");
    }

    @Test
    void afterAFailedConnectionDeliveriesWaitForThePauseThenOneTriesTheServer() throws Exception {
        Mailer mailer = mailer(closedPort(), 1000);
        assertThatCode(mailer::requireReachable).as("nothing failed yet").doesNotThrowAnyException();

        long failed = System.currentTimeMillis();
        assertThatThrownBy(() -> mailer.deliver(new Mail("fan@example.org", "Hello", "text", null, List.of())))
                .isInstanceOf(MessagingException.class);

        ExecutorService deliveries = Executors.newFixedThreadPool(3);
        try {
            // all three start well within the pause, so all three wait for its end
            List<Future<Long>> held = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                held.add(deliveries.submit(() -> {
                    mailer.requireReachable();
                    return System.currentTimeMillis();
                }));
            }
            List<Long> let = new ArrayList<>();
            List<Throwable> refused = new ArrayList<>();
            for (Future<Long> delivery : held) {
                try {
                    let.add(delivery.get(5, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    refused.add(e.getCause());
                }
            }
            assertThat(let)
                    .as("one delivery tries the server, once the pause is over")
                    .hasSize(1);
            assertThat(let.get(0)).isGreaterThanOrEqualTo(failed + 1000);
            assertThat(refused)
                    .as("the others held with it go back to the broker")
                    .hasSize(2)
                    .allSatisfy(e ->
                            assertThat(e).isInstanceOf(MessagingException.class).hasMessageContaining("not tried yet"));
        } finally {
            deliveries.shutdownNow();
        }
    }

    @Test
    void withoutAMailServerNothingIsRefused() throws Exception {
        Mailer mailer = mailer(closedPort(), 60_000);
        mailer.host = Optional.empty();

        assertThatCode(mailer::requireReachable).doesNotThrowAnyException();
    }

    private static Mailer mailer(int port, long pauseMillis) {
        Mailer mailer = new Mailer();
        mailer.host = Optional.of("127.0.0.1");
        mailer.port = port;
        mailer.user = Optional.empty();
        mailer.password = Optional.empty();
        mailer.startTls = false;
        mailer.settings = new Settings() {
            @Override
            public String mailFrom() {
                return "boxoffice <no-reply@boxoffice.invalid>";
            }
        };
        mailer.timeoutMillis = 2000;
        mailer.pauseMillis = pauseMillis;
        return mailer;
    }

    /** A port nothing listens on: it was free a moment ago. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
