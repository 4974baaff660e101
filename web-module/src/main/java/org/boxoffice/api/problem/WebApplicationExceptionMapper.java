package org.boxoffice.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (404 of an unknown path, 405, 406, 401 and 403 of a role check) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String detail =
                switch (status.getStatusCode()) {
                    case 401 -> "Sign in: send a valid bearer token in the Authorization header.";
                    case 403 -> "Your account's roles do not allow this.";
                    case 404 -> "There is nothing at this address.";
                    default ->
                        status.getStatusCode() >= 500 ? "The request could not be handled." : exception.getMessage();
                };
        Response.ResponseBuilder problem =
                Response.fromResponse(original).type(Problem.JSON).entity(Problem.ofStatus(status, detail));
        return problem.build();
    }
}
