package org.boxoffice.it;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * The one Payara Micro that every test over HTTP or in the browser shares, started on first use
 * through the launcher against the embedded PostgreSQL, and stopped when the test run ends. Sharing
 * it keeps the suite fast: a start costs 20 to 30 seconds on two cores.
 */
public final class Platform {

    /** Given on purpose: demo data must still never reach a production database. */
    public static final String DEMO_PASSWORD = "demo-password-that-must-not-be-used";

    private static Launch launch;

    private static OpenApiAnswer firstOpenApiAnswer;

    /** An answer of {@code GET /openapi} as JSON: its status, content type and body. */
    public record OpenApiAnswer(int status, String contentType, String body) {}

    private Platform() {}

    public static synchronized URI baseUri() {
        if (launch == null) {
            if (!TestDatabase.isRunning()) {
                throw new IllegalStateException(
                        "the embedded PostgreSQL is not running: run the tests with mvn verify");
            }
            launch = Launch.start("platform", environment(), true);
            // before any test can ask: the first answer after a start is the one that used to fail
            firstOpenApiAnswer = openApi(launch.uri("/openapi"));
        }
        return launch.baseUri();
    }

    /**
     * The environment the shared platform starts with: a second instance started with it (on a
     * data folder of its own) shares the platform's database, keys and mail server, as instances
     * behind a load balancer do.
     */
    public static Map<String, String> environment() {
        if (!TestDatabase.isRunning()) {
            throw new IllegalStateException("the embedded PostgreSQL is not running: run the tests with mvn verify");
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("BOXOFFICE_DB_URL", TestDatabase.jdbcUrl());
        environment.put("BOXOFFICE_DB_USER", TestDatabase.USER);
        environment.put("BOXOFFICE_DB_PASSWORD", TestDatabase.PASSWORD);
        environment.put("BOXOFFICE_DB_DATASOURCE", null);
        environment.put("BOXOFFICE_DEMO_PASSWORD", DEMO_PASSWORD);
        environment.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                Tokens.publicKeyFile().toUri().toString());
        environment.put(
                "BOXOFFICE_JWT_SIGNING_KEY_LOCATION", Tokens.privateKeyFile().toString());
        // a production database: the launcher takes the built-in test payment provider only when told to
        environment.put("BOXOFFICE_PAYMENT_TEST_PROVIDER_ENABLED", "true");
        // its webhooks (signed with failsafe's BOXOFFICE_PAYMENT_TEST_PROVIDER_WEBHOOK_SECRET) are
        // sent by this platform only
        environment.put("BOXOFFICE_PAYMENT_TEST_PROVIDER_WEBHOOKS", "true");
        // the tests stand for many clients by sending X-Forwarded-For, as a load balancer would
        environment.put("BOXOFFICE_HTTP_TRUST_FORWARDED_FOR", "true");
        // BOXOFFICE_PRIVACY_KEY and BOXOFFICE_TICKET_SIGNING_KEY come from failsafe's environment,
        // the keys the Arquillian deployments use too: they all write to the same test database;
        // so do the short redelivery settings that bring a failing mail to the DLQ in seconds
        // the sales report fails once on an event whose title starts with this, and sums up two
        // events per chunk, so that SalesReportsIT sees a restart go on at the chunk where it stopped
        environment.put("BOXOFFICE_REPORTS_FAIL_AT_EVENT", "Fails once ");
        environment.put("BOXOFFICE_REPORTS_EVENTS_PER_CHUNK", "2");
        // support attachments up to 1 MiB here (5 MiB by default): HostileInputIT's 3 MB body is
        // then over the limit of every endpoint that takes a body, uploads included
        environment.put("BOXOFFICE_SUPPORT_ATTACHMENT_MAX_BYTES", "1048576");
        // outgoing webhooks retried after 2 s (FAILED after four attempts), due ones looked for
        // every second, so that WebhooksIT sees a retry and a failure within seconds
        environment.put("BOXOFFICE_WEBHOOKS_RETRY_DELAYS", "PT2S,PT2S,PT2S");
        environment.put("BOXOFFICE_WEBHOOKS_POLL_SECONDS", "1");
        environment.put("BOXOFFICE_MAIL_HOST", "127.0.0.1");
        environment.put("BOXOFFICE_MAIL_PORT", String.valueOf(TestMail.port()));
        return environment;
    }

    /**
     * The answer to the first {@code GET /openapi} (as JSON) after the platform started, which
     * this class asks for itself as soon as the launcher says the platform is ready.
     */
    public static synchronized OpenApiAnswer firstOpenApiAnswer() {
        baseUri();
        return firstOpenApiAnswer;
    }

    /** {@code GET /openapi} as JSON now. */
    public static OpenApiAnswer openApi() {
        return openApi(uri("/openapi"));
    }

    /** The Payara Micro JVM of the shared platform, started if it was not yet. */
    public static synchronized ProcessHandle server() {
        baseUri();
        return launch.server();
    }

    private static OpenApiAnswer openApi(URI uri) {
        HttpResponse<String> answer = Http.get(uri, "Accept", "application/json");
        return new OpenApiAnswer(answer.statusCode(), Http.contentType(answer), answer.body());
    }

    public static URI uri(String path) {
        return baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    static synchronized void stopIfStarted() {
        if (launch != null) {
            try {
                launch.close();
            } finally {
                launch = null;
            }
        }
    }
}
