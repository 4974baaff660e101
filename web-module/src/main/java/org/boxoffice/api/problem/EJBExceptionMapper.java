package org.boxoffice.api.problem;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Unwraps what an EJB call wrapped (a system exception, or a bean validation failure of an EJB
 * parameter) and lets the mapper of the cause answer.
 */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(EJBException exception) {
        Throwable cause = exception.getCause() != null ? exception.getCause() : exception.getCausedByException();
        if (cause != null && cause != exception) {
            ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
            if (mapper != null) {
                return mapper.toResponse(cause);
            }
        }
        return new FallbackExceptionMapper().toResponse(exception);
    }
}
