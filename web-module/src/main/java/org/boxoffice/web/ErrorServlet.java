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
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
        String message =
                switch (status) {
                    case 401 -> "error.unauthorized";
                    case 403 -> "error.forbidden";
                    case 404 -> "error.notFound";
                    default -> "error.generic";
                };
        response.setContentType("text/html");
        response.getWriter().write(MessagePage.error(locale, request.getContextPath(), message, incident));
    }
}
