package org.boxoffice.api.problem;

import java.util.List;

/** Query or path parameters that cannot be read; answered with 400 and the offending fields. */
public class InvalidParametersException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem.FieldError> errors;

    public InvalidParametersException(List<Problem.FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
