package org.boxoffice.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.boxoffice.notification.control.PortalLinks;

/**
 * The portal's public address for links in mails and QR codes, as {@link PortalLinks} decides it
 * ({@code boxoffice.portal.url} when set, behind a proxy), with the address the request came to
 * as the fall-back.
 */
@RequestScoped
public class PortalAddress {

    @Inject
    PortalLinks links;

    @Inject
    HttpServletRequest request;

    /** Without a trailing slash: {@code https://tickets.example.org}. */
    public String url() {
        StringBuffer url = request.getRequestURL();
        return links.portal(
                url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath());
    }
}
