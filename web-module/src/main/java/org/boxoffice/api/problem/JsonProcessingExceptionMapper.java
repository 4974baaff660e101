package org.boxoffice.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that is not the JSON it should be; a member of the wrong type (a string where a
 * number belongs) is named in {@code errors}, as invalid fields are.
 */
@Provider
public class JsonProcessingExceptionMapper implements ExceptionMapper<JsonbException> {

    /** How Yasson names the member it could not read: "Unable to deserialize property 'capacity' ...". */
    private static final Pattern PROPERTY = Pattern.compile("property '([^']{1,200})'");

    @Override
    public Response toResponse(JsonbException exception) {
        if (exception.getCause() instanceof JsonParsingException parsing) {
            return malformed("The body is not valid JSON: " + parsing.getMessage());
        }
        String detail = "The body does not have the expected form: " + exception.getMessage();
        return field(exception)
                .map(field -> Problem.of(
                                Response.Status.BAD_REQUEST, "malformed-body", "Malformed request body", detail)
                        .withErrors(List.of(new Problem.FieldError(field, "is not of the expected type")))
                        .toResponse())
                .orElseGet(() -> malformed(detail));
    }

    /** The innermost member named in the failure (a nested one's own name), if any. */
    static Optional<String> field(Throwable failure) {
        String field = null;
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                Matcher named = PROPERTY.matcher(cause.getMessage());
                while (named.find()) {
                    field = named.group(1);
                }
            }
        }
        return Optional.ofNullable(field);
    }

    static Response malformed(String detail) {
        return Problem.of(Response.Status.BAD_REQUEST, "malformed-body", "Malformed request body", detail)
                .toResponse();
    }
}
