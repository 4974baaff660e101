package org.boxoffice.notification.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import org.boxoffice.notification.entity.Mail;
import org.junit.jupiter.api.Test;

/** The pause after the mail server could not be reached. */
class MailerTest {

    @Test
    void afterAFailedConnectionDeliveriesAreRefusedAtOnceUntilThePauseIsOver() throws Exception {
        Mailer mailer = mailer(closedPort(), 300);
        assertThatCode(mailer::requireReachable).as("nothing failed yet").doesNotThrowAnyException();

        assertThatThrownBy(() -> mailer.deliver(new Mail("fan@example.org", "Hello", "text", null, List.of())))
                .isInstanceOf(MessagingException.class);

        assertThatThrownBy(mailer::requireReachable)
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("not tried yet");
        Thread.sleep(400);
        assertThatCode(mailer::requireReachable).as("the pause is over").doesNotThrowAnyException();
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
        mailer.from = "boxoffice <no-reply@boxoffice.invalid>";
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
