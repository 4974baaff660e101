package org.boxoffice.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors (404 of an unknown path, 405, 406, 401 and 403 of a role check) as problems;
 * an empty body where JSON is expected is a malformed body.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        for (Throwable cause = exception.getCause();
                cause != null && cause != cause.getCause();
                cause = cause.getCause()) {
            if (cause instanceof NoContentException) {
                return JsonProcessingExceptionMapper.malformed(
                        "A JSON body is required here (an empty object {} at least).");
            }
        }
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String detail = Problem.detailFor(status.getStatusCode());
        Response.ResponseBuilder problem =
                Response.fromResponse(original).type(Problem.JSON).entity(Problem.ofStatus(status, detail));
        return problem.build();
    }
}
