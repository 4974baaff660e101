package org.boxoffice.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Reads the parameters of a post to a page before Faces does, so that a body the server cannot read
 * (over its form-post limit, multipart without a boundary, in an unknown charset) is answered with a
 * page that says so, status 400, instead of failing deep inside Faces with a 500.
 */
@WebFilter(filterName = "FormPosts", urlPatterns = "*.xhtml")
public class FormPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())) {
            try {
                String charset = request.getCharacterEncoding();
                if (charset != null && !Charset.isSupported(charset)) {
                    throw new IllegalArgumentException("unknown charset " + charset);
                }
                request.getParameterMap();
            } catch (RuntimeException unreadable) {
                Locale locale = request.getLocale() != null ? request.getLocale() : Locale.ENGLISH;
                String page = MessagePage.error(locale, request.getContextPath(), "error.badForm", null);
                response.setCharacterEncoding("UTF-8");
                if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                    response.setContentType("text/xml");
                    response.getWriter().write(MessagePage.partialResponse(page));
                } else {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    response.setContentType("text/html");
                    response.getWriter().write(page);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
