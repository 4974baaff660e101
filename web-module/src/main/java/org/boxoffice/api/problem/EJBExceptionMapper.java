package org.boxoffice.api.problem;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Unwraps what an EJB call wrapped (a system exception, a bean validation failure of an EJB
 * parameter, a commit that failed) and lets the mapper of the first cause that has one answer.
 */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(EJBException exception) {
        Throwable first = exception.getCause() != null ? exception.getCause() : exception.getCausedByException();
        // the first cause that a mapper of its own answers: a commit that failed wraps its reason
        // (an OptimisticLockException) in a RollbackException, which only the fallback would answer
        for (Throwable cause = first; cause != null && cause != exception; cause = cause.getCause()) {
            ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
            if (mapper != null && !(mapper instanceof FallbackExceptionMapper)) {
                return mapper.toResponse(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return new FallbackExceptionMapper().toResponse(exception);
    }
}
