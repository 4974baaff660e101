package org.boxoffice.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.boxoffice.api.limits.BodyRefusedException;

/** A body refused before it was read: 400 malformed-body, 408 body-incomplete or 413 body-too-large. */
@Provider
public class BodyRefusedExceptionMapper implements ExceptionMapper<BodyRefusedException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(BodyRefusedException exception) {
        Response.StatusType status = Response.Status.fromStatusCode(exception.status());
        String title =
                switch (exception.code()) {
                    case BodyRefusedException.TOO_LARGE -> "Request body too large";
                    case BodyRefusedException.INCOMPLETE -> "Request body incomplete";
                    default -> "Malformed request body";
                };
        return Problem.of(status, exception.code(), title, exception.detail())
                .at(uriInfo.getRequestUri())
                .toResponse();
    }
}
