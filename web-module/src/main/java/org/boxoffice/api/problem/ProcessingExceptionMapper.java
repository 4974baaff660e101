package org.boxoffice.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey wraps a body that JSON-B cannot read in a ProcessingException: that is the client's
 * mistake (400), anything else wrapped so is ours (500 with an incident id).
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException json) {
                return new JsonProcessingExceptionMapper().toResponse(json);
            }
            if (cause instanceof JsonParsingException parsing) {
                return JsonProcessingExceptionMapper.malformed("The body is not valid JSON: " + parsing.getMessage());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return new FallbackExceptionMapper().toResponse(exception);
    }
}
