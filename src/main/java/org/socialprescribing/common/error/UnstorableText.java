package org.socialprescribing.common.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A string in a request body that the API refuses to store (see common.text). A Jackson exception,
 * so that Jackson records the path to the string as it unwinds, and a mismatched-input one, which
 * Quarkus passes to the mappers unwrapped; {@link ProblemMappers} answers it as a validation
 * failure naming that path.
 */
public class UnstorableText extends MismatchedInputException {
    private final String reason;

    public UnstorableText(JsonParser parser, String reason) {
        super(parser, reason, String.class);
        this.reason = reason;
    }

    /** The body field as the client wrote it ("conditions[1].text"), and why it was refused. */
    InvalidFields toInvalidFields() {
        String field = JsonPaths.of(getPath());
        return InvalidFields.of(field.isEmpty() ? "(body)" : field, reason);
    }
}
