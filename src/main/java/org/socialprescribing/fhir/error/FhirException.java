package org.socialprescribing.fhir.error;

import java.util.List;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.Problem;
import org.socialprescribing.common.error.ProblemType;

/**
 * A FHIR request that cannot be processed, with the OperationOutcome issues that say why: each with
 * its FHIR issue type and, where it points at one, the element (a FHIRPath expression). Anything
 * that does not reach the FHIR error mapper still answers as the {@link ProblemType} it carries.
 */
public class FhirException extends DomainException {
    private final int status;
    private final List<Issue> issues;

    /** One problem: a FHIR IssueType code, what is wrong, and where (or null). */
    public record Issue(String code, String diagnostics, String expression) {}

    public FhirException(ProblemType type, int status, List<Issue> issues) {
        super(type, issues.get(0).diagnostics());
        this.status = status;
        this.issues = List.copyOf(issues);
    }

    /** 400: the message is not one this service can read. */
    public static FhirException badRequest(String issueCode, String diagnostics) {
        return invalid(List.of(new Issue(issueCode, diagnostics, null)));
    }

    /** 400, one issue per invalid element. */
    public static FhirException invalid(List<Issue> issues) {
        return new FhirException(ProblemType.VALIDATION_FAILED, 400, issues);
    }

    /** 400: an element or header the message must have is missing. */
    public static FhirException required(String expression, String diagnostics) {
        return invalid(List.of(new Issue("required", diagnostics, expression)));
    }

    /** 422: a well-formed message that this service does not process. */
    public static FhirException unprocessable(String issueCode, String diagnostics) {
        return new FhirException(
                ProblemType.UNKNOWN_REFERENCE,
                422,
                List.of(new Issue(issueCode, diagnostics, null)));
    }

    public int status() {
        return status;
    }

    public List<Issue> issues() {
        return issues;
    }

    @Override
    public Problem toProblem() {
        ProblemType type = type();
        return new Problem(
                type.type(),
                type.title(),
                status,
                getMessage(),
                type.code(),
                issues.stream()
                        .filter(i -> i.expression() != null)
                        .map(i -> new Problem.FieldError(i.expression(), i.diagnostics()))
                        .toList(),
                null);
    }
}
