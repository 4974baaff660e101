package org.boxoffice.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class InvalidParametersExceptionMapper implements ExceptionMapper<InvalidParametersException> {

    @Override
    public Response toResponse(InvalidParametersException exception) {
        return Problem.of(
                        Response.Status.BAD_REQUEST,
                        "invalid-parameters",
                        "Invalid parameters",
                        "Some parameters cannot be read; see errors.")
                .withErrors(exception.errors())
                .toResponse();
    }
}
