package org.boxoffice.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's public address for links in mails and QR codes, the one reader of {@code
 * boxoffice.portal.url}: that when it is set; else (the embedded set-up) the address a request
 * came to, and for mails written away from any request this machine's portal at {@code
 * boxoffice.http.port}. The web module's {@code PortalAddress} brings the request's address.
 */
@ApplicationScoped
public class PortalLinks {

    @Inject
    @ConfigProperty(name = "boxoffice.portal.url")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "boxoffice.http.port", defaultValue = "8080")
    int port;

    /** Without a trailing slash; {@code given} (a request's address) when there is one and none is configured. */
    public String portal(String given) {
        return configured
                .filter(url -> !url.isBlank())
                .or(() -> Optional.ofNullable(given).filter(url -> !url.isBlank()))
                .orElse("http://localhost:" + port)
                .replaceAll("/+$", "");
    }
}
