package org.boxoffice.api.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver in the test's JVM on 127.0.0.1: it keeps every request it gets and answers
 * with the next of the answers it was given (200 once they are used up).
 */
public final class Receiver implements AutoCloseable {

    /** A request as it came: its headers (names in lower case) and body. */
    public record Received(Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Consumer<HttpExchange>> answers = new ConcurrentLinkedDeque<>();

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The next request is answered with this status and body. */
    Receiver thenAnswer(int status, String body) {
        answers.add(exchange -> respond(exchange, status, body, Map.of()));
        return this;
    }

    /** The next request is answered 302 to {@code location}. */
    Receiver thenRedirect(String location) {
        answers.add(exchange -> respond(exchange, 302, "moved", Map.of("Location", location)));
        return this;
    }

    /** The next request is answered 200 after {@code delay}. */
    Receiver thenSlowly(Duration delay) {
        answers.add(exchange -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "late", Map.of());
        });
        return this;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Waits up to {@code timeout} until at least {@code count} requests came; what came. */
    List<Received> await(int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (received.size() < count && System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return received();
    }

    /**
     * What a receiver does with a {@code Boxoffice-Webhook-Signature} header: HMAC-SHA256 of
     * "t.body" with the secret, compared in constant time.
     */
    public static boolean verifies(String header, String body, String secret) throws Exception {
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] pair = part.split("=", 2);
            if (pair[0].equals("t")) {
                t = pair[1];
            } else if (pair[0].equals("v1")) {
                v1 = pair[1];
            }
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            received.add(new Received(Map.copyOf(headers), body));
        }
        Consumer<HttpExchange> answer = answers.poll();
        if (answer == null) {
            respond(exchange, 200, "ok", Map.of());
        } else {
            answer.accept(exchange);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body, Map<String, String> headers) {
        try {
            headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the platform gave up waiting (its read timeout): nothing left to answer
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
