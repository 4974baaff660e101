package org.boxoffice.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** Invalid input as 422 with the offending fields, named as the client sent them. */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return invalidInput(errors);
    }

    static Response invalidInput(List<Problem.FieldError> errors) {
        return Problem.of(
                        UnprocessableContent.STATUS,
                        "invalid-input",
                        "Invalid input",
                        "Some fields are not valid; see errors.")
                .withErrors(errors)
                .toResponse();
    }

    /** The last node of the path: the parameter or property name, not the Java method. */
    public static String field(ConstraintViolation<?> violation) {
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .reduce((first, second) -> second)
                .map(Path.Node::getName)
                .orElse("");
    }
}
