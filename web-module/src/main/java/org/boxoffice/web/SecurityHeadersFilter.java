package org.boxoffice.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer: no framing by other sites, no content-type sniffing, no
 * referrer sent to other sites, and HSTS when the request came over HTTPS, directly or through a
 * proxy that says so. The API's answers get a content security policy that allows nothing, its
 * browsable document one that allows the portal's own scripts and styles; the pages get PrimeFaces' own, with a fresh nonce per page for its scripts ({@code primefaces.CSP}).
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * The browsable API document ({@code /api/docs}): Swagger UI's script, styles and images from the
     * portal itself (its icons are data: images), and requests to the portal only (the OpenAPI
     * document, and the operations an integrator tries out); nothing inline, nothing from elsewhere.
     */
    static final String DOCS_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api/docs") || path.startsWith("/api/docs/")) {
            response.setHeader("Content-Security-Policy", DOCS_CONTENT_SECURITY_POLICY);
        } else if (path.startsWith("/api/")) {
            response.setHeader("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
        }
        response.setHeader("Permissions-Policy", "camera=(self), geolocation=(), microphone=()");
        if (isHttps(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    static boolean isHttps(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}
