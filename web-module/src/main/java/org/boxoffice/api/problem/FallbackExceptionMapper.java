package org.boxoffice.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What nobody expected: logged in full with an incident id, answered with that id and no stack
 * trace.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, exception);
        return Problem.ofStatus(
                        Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side. If it happens again, quote incident " + incident + ".")
                .toResponse();
    }
}
