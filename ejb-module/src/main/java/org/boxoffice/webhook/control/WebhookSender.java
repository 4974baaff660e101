package org.boxoffice.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.boxoffice.settings.boundary.Settings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts one delivery to its subscription's URL: the JSON body, with {@value #ID_HEADER} (the
 * delivery's id, for the receiver to drop what it had already), {@value #EVENT_HEADER} (the topic)
 * and {@value #SIGNATURE_HEADER} ({@link WebhookSignatures}). Redirects are not followed: a 3xx is
 * a failed attempt, its answer recorded. Connecting and waiting for the answer are bounded
 * ({@code boxoffice.webhooks.connect-timeout-ms}, {@code read-timeout-ms}); no proxy of the system
 * is used; every connection goes to the addresses {@link AddressGuard} allowed.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String ID_HEADER = "Boxoffice-Webhook-Id";
    public static final String EVENT_HEADER = "Boxoffice-Webhook-Event";
    public static final String SIGNATURE_HEADER = "Boxoffice-Webhook-Signature";

    /** How much of an answer's body is read, in bytes: enough for the excerpt kept. */
    static final int READ_AT_MOST = 2048;

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    /** How an attempt went: the receiver's status, or null and the reason when no answer came. */
    public record Answer(Integer status, String body) {

        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "boxoffice.webhooks.connect-timeout-ms", defaultValue = "5000")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "boxoffice.webhooks.read-timeout-ms", defaultValue = "10000")
    long readTimeoutMillis;

    private final Clock clock = Clock.systemUTC();

    private CloseableHttpClient http;

    private AddressGuard guard;

    @PostConstruct
    void open() {
        guard = new AddressGuard(settings::webhookPrivateAddresses);
        Timeout connect = Timeout.ofMilliseconds(Math.max(100, connectTimeoutMillis));
        Timeout read = Timeout.ofMilliseconds(Math.max(100, readTimeoutMillis));
        http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(guard)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(read)
                                .build())
                        .setMaxConnTotal(32)
                        .setMaxConnPerRoute(4)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(read)
                        .setConnectionRequestTimeout(connect)
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("boxoffice-webhooks/1")
                .build();
    }

    @PreDestroy
    void close() {
        try {
            http.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the webhooks' HTTP client", e);
        }
    }

    /** The longest one attempt may take: connecting, and waiting for the answer. */
    public long longestAttemptMillis() {
        return Math.max(100, connectTimeoutMillis) + Math.max(100, readTimeoutMillis);
    }

    public Answer send(String url, String deliveryId, String topic, String payload, String secret) {
        HttpPost post;
        try {
            post = new HttpPost(url);
        } catch (IllegalArgumentException e) {
            return new Answer(null, "not a URL: " + e.getMessage());
        }
        try {
            // an address written in the URL is checked here; a name is checked as the connection
            // resolves it (the guard is the client's resolver), so that it connects to what was checked
            String host = post.getUri().getHost();
            if (host == null) {
                return new Answer(null, "not a URL with a host: " + url);
            }
            guard.resolve(host);
        } catch (UnknownHostException e) {
            return new Answer(null, "no answer: " + e.getMessage());
        } catch (URISyntaxException e) {
            return new Answer(null, "not a URL: " + e.getMessage());
        }
        post.setHeader(ID_HEADER, deliveryId);
        post.setHeader(EVENT_HEADER, topic);
        post.setHeader(
                SIGNATURE_HEADER,
                WebhookSignatures.sign(secret, payload, clock.instant().getEpochSecond()));
        post.setEntity(new StringEntity(payload, ContentType.APPLICATION_JSON));
        try {
            return http.execute(post, response -> {
                HttpEntity entity = response.getEntity();
                String body = "";
                if (entity != null) {
                    try (InputStream in = entity.getContent()) {
                        body = new String(in.readNBytes(READ_AT_MOST), StandardCharsets.UTF_8);
                    }
                }
                return new Answer(response.getCode(), body);
            });
        } catch (IOException e) {
            LOG.log(Level.FINE, "webhook " + deliveryId + " to " + url + " had no answer: " + e);
            return new Answer(null, "no answer: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "webhook " + deliveryId + " to " + url + " failed", e);
            return new Answer(null, "failed: " + e);
        }
    }
}
