package org.boxoffice.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not the JSON it should be. */
@Provider
public class JsonProcessingExceptionMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        String detail = exception.getCause() instanceof JsonParsingException parsing
                ? "The body is not valid JSON: " + parsing.getMessage()
                : "The body does not have the expected form: " + exception.getMessage();
        return malformed(detail);
    }

    static Response malformed(String detail) {
        return Problem.of(Response.Status.BAD_REQUEST, "malformed-body", "Malformed request body", detail)
                .toResponse();
    }
}
