package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.junit.jupiter.api.Test;

/** Every answer, page or API, carries the security headers; HSTS only where the request was HTTPS. */
class SecurityHeadersIT {

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        for (String path : List.of("/", "/api/v1/events", "/api/v1/no-such-thing")) {
            HttpResponse<String> response = Http.get(Platform.uri(path));

            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(path)
                    .hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .isPresent();
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .as(path)
                    .isEmpty();
        }
    }

    @Test
    void theApiAllowsNoContentAndPagesOnlyTheirOwnNoncedScripts() {
        assertThat(Http.get(Platform.uri("/api/v1/events")).headers().allValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; frame-ancestors 'none'");

        HttpResponse<String> page = Http.get(Platform.uri("/"));
        String policy = String.join("; ", page.headers().allValues("Content-Security-Policy"));
        assertThat(policy).contains("'nonce-");
        assertThat(policy).doesNotContain("'unsafe-inline'");
        // the test provider takes no payment details in the browser: no script of Stripe's is allowed
        assertThat(policy).startsWith("script-src 'self' 'nonce-").doesNotContain("stripe");
    }

    @Test
    void behindAnHttpsProxyTheBrowserIsToldToStayOnHttps() {
        HttpResponse<String> response = Http.get(Platform.uri("/"), "X-Forwarded-Proto", "https");

        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
    }
}
