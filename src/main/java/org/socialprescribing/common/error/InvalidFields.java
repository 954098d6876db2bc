package org.socialprescribing.common.error;

import java.util.List;

/** Several fields break a rule that bean validation cannot state (e.g. "required to send"). */
public class InvalidFields extends DomainException {
    private final List<Problem.FieldError> errors;

    public InvalidFields(String detail, List<Problem.FieldError> errors) {
        super(ProblemType.VALIDATION_FAILED, detail);
        this.errors = List.copyOf(errors);
    }

    @Override
    public Problem toProblem() {
        return Problem.invalid(getMessage(), errors);
    }
}
