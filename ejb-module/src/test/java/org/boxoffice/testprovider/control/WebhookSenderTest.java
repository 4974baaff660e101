package org.boxoffice.testprovider.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.boxoffice.payment.control.InvalidWebhookException;
import org.boxoffice.payment.control.WebhookSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against a real HTTP receiver on this machine, as the platform's webhook endpoint receives. */
class WebhookSenderTest {

    private static final String SECRET = "the receiver's shared secret";
    private static final String PAYLOAD = "{\"id\":\"evt_1\",\"type\":\"charge.succeeded\",\"created\":1}";

    private record Received(String contentType, String signature, String body) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private HttpServer receiver;
    private URI url;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/webhooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst(WebhookSender.HEADER),
                    new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.start();
        url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/webhooks");
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aDeliveryCarriesASignatureThatTheReceiverVerifies() {
        WebhookSender sender = sender(SECRET);

        assertThat(sender.send(url, "evt_1", PAYLOAD)).isEqualTo(200);

        assertThat(received).singleElement().satisfies(delivery -> {
            assertThat(delivery.body()).isEqualTo(PAYLOAD);
            assertThat(delivery.contentType()).startsWith("application/json");
            assertThat(delivery.signature()).matches("t=\\d+,v1=[0-9a-f]{64}");
            assertThatCode(() -> new WebhookSignature("test", SECRET, Duration.ofMinutes(5))
                            .verify(delivery.body(), delivery.signature(), Instant.now()))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> new WebhookSignature("test", "another secret", Duration.ofMinutes(5))
                            .verify(delivery.body(), delivery.signature(), Instant.now()))
                    .isInstanceOf(InvalidWebhookException.class);
        });
    }

    @Test
    void aReceiverThatFailsIsToldApartFromOneThatTookIt() {
        WebhookSender sender = sender(SECRET);
        answer.set(500);

        assertThat(sender.send(url, "evt_1", PAYLOAD)).isEqualTo(500);
        answer.set(204);
        assertThat(sender.send(url, "evt_1", PAYLOAD)).isEqualTo(204);

        assertThat(received).hasSize(2).allSatisfy(delivery -> assertThat(delivery.body())
                .isEqualTo(PAYLOAD));
    }

    @Test
    void noAnswerIsNull() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        assertThat(sender(SECRET).send(URI.create("http://127.0.0.1:" + closed + "/webhooks"), "evt_1", PAYLOAD))
                .isNull();
    }

    @Test
    void eachAttemptIsSignedAtItsOwnMoment() {
        Instant first = Instant.now().minusSeconds(600);
        WebhookSender old = new WebhookSender(
                new WebhookSignature("test", SECRET, Duration.ofMinutes(5)),
                Duration.ofSeconds(5),
                Clock.fixed(first, java.time.ZoneOffset.UTC));

        old.send(url, "evt_1", PAYLOAD);
        sender(SECRET).send(url, "evt_1", PAYLOAD);

        assertThat(received.get(0).signature()).startsWith("t=" + first.getEpochSecond() + ",");
        WebhookSignature verifier = new WebhookSignature("test", SECRET, Duration.ofMinutes(5));
        assertThatThrownBy(() -> verifier.verify(PAYLOAD, received.get(0).signature(), Instant.now()))
                .as("a delivery ten minutes old")
                .isInstanceOf(InvalidWebhookException.class);
        assertThatCode(() -> verifier.verify(PAYLOAD, received.get(1).signature(), Instant.now()))
                .doesNotThrowAnyException();
    }

    private static WebhookSender sender(String secret) {
        return new WebhookSender(
                new WebhookSignature("test", secret, Duration.ofMinutes(5)), Duration.ofSeconds(5), Clock.systemUTC());
    }
}
