package org.boxoffice.testprovider.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.boxoffice.payment.control.TestProviderGateway;
import org.boxoffice.payment.control.WebhookSignature;

/**
 * Posts one webhook event to a receiver, signed as Stripe signs: the header {@value #HEADER}
 * carries {@code t=<unix seconds>,v1=<HMAC-SHA256>} (see {@link WebhookSignature}), made at the
 * moment of sending, so that a retry carries a fresh timestamp.
 */
public class WebhookSender {

    /** The header of the signature, which the platform's gateway reads: Stripe's scheme under the platform's name. */
    public static final String HEADER = TestProviderGateway.SIGNATURE_HEADER;

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    private final WebhookSignature signature;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;

    public WebhookSender(WebhookSignature signature, Duration timeout, Clock clock) {
        this.signature = signature;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Sends {@code payload} to {@code url}.
     *
     * @return the receiver's HTTP status; null when no answer came (refused, timed out)
     */
    public Integer send(URI url, String eventId, String payload) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(HEADER, signature.sign(payload, clock.instant()))
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) {
                LOG.fine(() -> "webhook " + eventId + " to " + url + " answered " + status);
            }
            return status;
        } catch (IOException e) {
            LOG.log(Level.FINE, "webhook " + eventId + " to " + url + " had no answer: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
