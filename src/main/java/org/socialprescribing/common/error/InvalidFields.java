package org.socialprescribing.common.error;

import java.util.List;

/**
 * One or more fields break a rule that bean validation cannot state ("required to send", "item 3
 * out of range"). Domain code throws it; the field names are those the client wrote.
 */
public class InvalidFields extends DomainException {
    private final List<Problem.FieldError> errors;

    public InvalidFields(String detail, List<Problem.FieldError> errors) {
        super(ProblemType.VALIDATION_FAILED, detail);
        this.errors = List.copyOf(errors);
    }

    /** One field, named in the detail as the client wrote it: "'answers[2]' must be 0 to 6". */
    public static InvalidFields of(String field, String message) {
        return new InvalidFields(
                "'" + field + "' " + message, List.of(new Problem.FieldError(field, message)));
    }

    @Override
    public Problem toProblem() {
        return Problem.invalid(getMessage(), errors);
    }
}
