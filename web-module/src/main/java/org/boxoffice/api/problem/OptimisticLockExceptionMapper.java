package org.boxoffice.api.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Two requests changed the same thing at once and the later one lost at its commit (the row's
 * version had moved on): nothing of it was written, and sent again it will read the new state.
 */
@Provider
public class OptimisticLockExceptionMapper implements ExceptionMapper<OptimisticLockException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return Problem.of(
                        Response.Status.CONFLICT,
                        "concurrent-change",
                        "Changed at the same time",
                        "Another request changed the same data at the same moment; nothing of this one was"
                                + " written. Send it again.")
                .at(uriInfo.getRequestUri())
                .toResponse();
    }
}
