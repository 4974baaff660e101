package org.boxoffice.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from: the connection's, or, behind a load balancer that the
 * configuration trusts ({@code boxoffice.http.trust-forwarded-for}), the first of X-Forwarded-For.
 * Not trusted by default: anyone can send that header.
 */
@RequestScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "boxoffice.http.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    @Inject
    HttpServletRequest request;

    public String value() {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return request.getRemoteAddr();
    }
}
