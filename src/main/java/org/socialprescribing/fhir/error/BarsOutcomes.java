package org.socialprescribing.fhir.error;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.socialprescribing.common.error.Problem;
import org.socialprescribing.fhir.error.FhirException.Issue;

/**
 * Errors as BaRS states them: an OperationOutcome whose issue carries a FHIR issue type and the
 * BaRS receiver's error code ({@code REC_BAD_REQUEST}, {@code REC_CONFLICT}, ...) for the status.
 * BaRS has no 412: a stale version is a conflict; a reused request id is a duplicate (409).
 */
public final class BarsOutcomes {
    /** The code system of the BaRS error codes, spelled as in the BaRS API's own examples. */
    public static final String ERROR_CODES = "https://fhir.nhs.uk/Codesystem/http-error-codes";

    private static final String PROFILE =
            "https://fhir.hl7.org.uk/StructureDefinition/UKCore-OperationOutcome";

    private static final Map<Integer, String> CODES =
            Map.ofEntries(
                    Map.entry(400, "REC_BAD_REQUEST"),
                    Map.entry(401, "REC_UNAUTHORIZED"),
                    Map.entry(403, "REC_FORBIDDEN"),
                    Map.entry(404, "REC_NOT_FOUND"),
                    Map.entry(405, "REC_METHOD_NOT_ALLOWED"),
                    Map.entry(406, "REC_NOT_ACCEPTABLE"),
                    Map.entry(408, "REC_TIMEOUT"),
                    Map.entry(409, "REC_CONFLICT"),
                    Map.entry(413, "REC_BAD_REQUEST"),
                    Map.entry(415, "REC_BAD_REQUEST"),
                    Map.entry(422, "REC_UNPROCESSABLE_ENTITY"),
                    Map.entry(429, "REC_TOO_MANY_REQUESTS"),
                    Map.entry(501, "REC_NOT_IMPLEMENTED"),
                    Map.entry(503, "REC_UNAVAILABLE"));

    /** Problem codes whose FHIR issue type is not the one their status implies. */
    private static final Map<String, String> ISSUE_TYPES =
            Map.ofEntries(
                    Map.entry("validation-failed", "invalid"),
                    Map.entry("malformed-request", "structure"),
                    Map.entry("idempotency-key-required", "required"),
                    Map.entry("unauthenticated", "login"),
                    Map.entry("organisation-claim-missing", "security"),
                    Map.entry("method-not-allowed", "not-supported"),
                    Map.entry("not-acceptable", "not-supported"),
                    Map.entry("unsupported-media-type", "not-supported"),
                    Map.entry("payload-too-large", "too-long"),
                    Map.entry("idempotency-key-reused", "duplicate"),
                    Map.entry("already-exists", "duplicate"),
                    Map.entry("unknown-reference", "not-found"),
                    Map.entry("internal-error", "exception"));

    private static final Map<Integer, String> ISSUE_TYPES_BY_STATUS =
            Map.of(403, "forbidden", 404, "not-found", 409, "conflict", 422, "business-rule");

    private BarsOutcomes() {}

    /** The status a problem answers with under /fhir. */
    public static int status(Problem problem) {
        if ("idempotency-key-reused".equals(problem.code()) || problem.status() == 412) {
            return 409;
        }
        return problem.status();
    }

    public static OperationOutcome of(Problem problem) {
        int status = status(problem);
        String issueType =
                ISSUE_TYPES.getOrDefault(
                        problem.code(), ISSUE_TYPES_BY_STATUS.getOrDefault(status, "processing"));
        List<Problem.FieldError> fields = problem.errors() == null ? List.of() : problem.errors();
        if (fields.isEmpty()) {
            return of(status, List.of(new Issue(issueType, problem.detail(), null)));
        }
        return of(
                status,
                fields.stream()
                        .map(f -> new Issue(issueType, f.field() + ": " + f.message(), f.field()))
                        .toList());
    }

    public static OperationOutcome of(int status, List<Issue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.setId(UUID.randomUUID().toString());
        outcome.getMeta().addProfile(PROFILE);
        for (Issue issue : issues) {
            OperationOutcomeIssueComponent component =
                    outcome.addIssue()
                            .setSeverity(IssueSeverity.ERROR)
                            .setCode(IssueType.fromCode(issue.code()))
                            .setDetails(
                                    new CodeableConcept(
                                            new Coding(ERROR_CODES, code(status), null)))
                            .setDiagnostics(issue.diagnostics());
            if (issue.expression() != null) {
                component.addExpression(issue.expression());
            }
        }
        return outcome;
    }

    /** The BaRS receiver code for a status; any 5xx is a server error. */
    public static String code(int status) {
        return status >= 500
                ? CODES.getOrDefault(status, "REC_SERVER_ERROR")
                : CODES.getOrDefault(status, "REC_BAD_REQUEST");
    }
}
