package org.boxoffice.web;

import jakarta.faces.application.ProtectedViewException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.boxoffice.api.problem.Problem;

/**
 * The error page of every error the container answers itself, such as a 401 of a refused token or a
 * 404 of an unknown page: problem+json under {@code /api}, a plain page elsewhere. Never a stack
 * trace; unexpected exceptions are logged with an incident id that the answer quotes.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = statusOf(request, response);
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String incident = null;
        if (status >= 500) {
            incident = java.util.UUID.randomUUID().toString();
            LOG.log(
                    Level.SEVERE,
                    "incident " + incident + " at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    exception);
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            writeProblem(response, status, incident);
        } else {
            writePage(request, response, status, incident);
        }
    }

    private static int statusOf(HttpServletRequest request, HttpServletResponse response) {
        // a protected view opened without its token (a link from elsewhere) is forbidden, not a fault
        for (Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
                cause != null;
                cause = cause.getCause()) {
            if (cause instanceof ProtectedViewException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer status && status >= 400) {
            return status;
        }
        return response.getStatus() >= 400 ? response.getStatus() : 500;
    }

    private static void writeProblem(HttpServletResponse response, int status, String incident) throws IOException {
        Response.StatusType type = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status)
                : Response.Status.INTERNAL_SERVER_ERROR;
        String detail = status >= 500
                ? "Something went wrong on our side. If it happens again, quote incident " + incident + "."
                : Problem.detailFor(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.getWriter().write(JSONB.toJson(Problem.ofStatus(type, detail)));
    }

    private static void writePage(HttpServletRequest request, HttpServletResponse response, int status, String incident)
            throws IOException {
        Locale locale = request.getLocale() != null ? request.getLocale() : Locale.ENGLISH;
        ResourceBundle texts = ResourceBundle.getBundle("org.boxoffice.web.messages", locale);
        String message =
                switch (status) {
                    case 401 -> texts.getString("error.unauthorized");
                    case 403 -> texts.getString("error.forbidden");
                    case 404 -> texts.getString("error.notFound");
                    default -> texts.getString("error.generic");
                };
        response.setContentType("text/html");
        PrintWriter page = response.getWriter();
        page.printf(
                "<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"UTF-8\"><title>%s</title></head>"
                        + "<body><h1>%s</h1><p>%s</p>%s<p><a href=\"%s/\">%s</a></p></body></html>",
                locale.getLanguage(),
                escape(texts.getString("error.title")),
                escape(texts.getString("error.title")),
                escape(message),
                incident == null ? "" : "<p><small>" + escape(incident) + "</small></p>",
                escape(request.getContextPath()),
                escape(texts.getString("error.home")));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
