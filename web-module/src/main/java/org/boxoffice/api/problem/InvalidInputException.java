package org.boxoffice.api.problem;

import java.util.List;

/**
 * Fields of a request body that break a rule which Bean Validation cannot state on the record (a
 * field required by one operation of two that share the record): answered as Bean Validation's
 * failures are, 422 {@code invalid-input} naming the fields.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem.FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public InvalidInputException(List<Problem.FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
