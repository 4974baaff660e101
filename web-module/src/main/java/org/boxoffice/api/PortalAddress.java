package org.boxoffice.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's public address for links in mails and QR codes: {@code boxoffice.portal.url}
 * when set (behind a proxy), else the address the request came to.
 */
@RequestScoped
public class PortalAddress {

    @Inject
    @ConfigProperty(name = "boxoffice.portal.url")
    Optional<String> configured;

    @Inject
    HttpServletRequest request;

    /** Without a trailing slash: {@code https://tickets.example.org}. */
    public String url() {
        return configured
                .filter(url -> !url.isBlank())
                .orElseGet(() -> request.getRequestURL()
                                .substring(
                                        0,
                                        request.getRequestURL().length()
                                                - request.getRequestURI().length())
                        + request.getContextPath())
                .replaceAll("/+$", "");
    }
}
