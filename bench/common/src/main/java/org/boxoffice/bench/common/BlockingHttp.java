package org.boxoffice.bench.common;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The load generators' HTTP client: a blocking Apache HttpClient 5 with one keep-alive HTTP/1.1
 * connection, one per client thread, as one buyer's browser or one gate's scanner would use. The
 * JDK's client hands every exchange between the caller, a selector thread and an executor, which
 * cost about 0.4-0.5 ms of CPU per request on a machine whose cores the platform and the database
 * share; this one about 0.1 ms.
 *
 * <p>Without protocol upgrade: since 5.4 the client asks a plain-HTTP server to switch to TLS
 * ({@code Upgrade: TLS/1.2}, {@code Connection: Upgrade}) on every request without a body, which
 * the platform ignores; asking for nothing keeps the requests as small as a user's browser sends.
 */
public final class BlockingHttp {

    private BlockingHttp() {}

    /** A client of one connection, no retries, cookies, redirects, compression or protocol upgrade. */
    public static CloseableHttpClient client() {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(1)
                        .setMaxConnPerRoute(1)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10))
                                .setSocketTimeout(Timeout.ofSeconds(30))
                                .build())
                        .build())
                .setDefaultRequestConfig(
                        RequestConfig.custom().setProtocolUpgradeEnabled(false).build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableContentCompression()
                .build();
    }
}
