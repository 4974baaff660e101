package org.boxoffice.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.boxoffice.account.entity.ApiClientException;
import org.boxoffice.inventory.entity.SeatsUnavailableException;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.platform.RetryLater;
import org.boxoffice.ticket.boundary.AlreadyAdmittedException;
import org.boxoffice.webhook.entity.WebhookException;

/** The one place where business exceptions become problem+json, in the caller's language. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException exception) {
        Locale locale = headers.getAcceptableLanguages().stream()
                .filter(language -> !"*".equals(language.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
        Problem problem = Problem.of(
                        statusOf(exception.kind()),
                        exception.code(),
                        exception.title(locale),
                        exception.message(locale))
                .at(uriInfo.getRequestUri());
        if (exception instanceof SeatsUnavailableException seats) {
            problem = problem.withSeats(seats.seatIds());
        }
        if (exception instanceof WebhookException refused && refused.field() != null) {
            problem = problem.withErrors(List.of(new Problem.FieldError(refused.field(), exception.message(locale))));
        }
        if (exception instanceof ApiClientException client && client.oauthError() != null) {
            problem = problem.withOAuthError(client.oauthError());
        }
        if (exception instanceof AlreadyAdmittedException used) {
            problem = problem.withAdmission(
                    used.admittedAt().toString(), used.gate().orElse(null));
        }
        Response response = problem.toResponse();
        if (exception instanceof RetryLater later) {
            return Response.fromResponse(response)
                    .header(
                            HttpHeaders.RETRY_AFTER,
                            Math.max(1, later.retryAfter().toSeconds()))
                    .build();
        }
        return response;
    }

    static Response.StatusType statusOf(BusinessException.Kind kind) {
        return switch (kind) {
            case UNAUTHENTICATED -> Status.UNAUTHORIZED;
            case NOT_FOUND -> Status.NOT_FOUND;
            case CONFLICT -> Status.CONFLICT;
            case INVALID -> UnprocessableContent.STATUS;
            case MALFORMED -> Status.BAD_REQUEST;
            case FORBIDDEN -> Status.FORBIDDEN;
            case TOO_MANY -> Status.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> Status.SERVICE_UNAVAILABLE;
            case TOO_LARGE -> Status.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED_TYPE -> Status.UNSUPPORTED_MEDIA_TYPE;
            case PRECONDITION_FAILED -> Status.PRECONDITION_FAILED;
        };
    }
}
