package org.socialprescribing.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one error shape: RFC 9457 problem details with a stable machine code. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @NotNull @Schema(description = "Stable URI naming the kind of problem") URI type,
        @NotNull String title,
        @NotNull int status,
        @NotNull String detail,
        @NotNull @Schema(description = "Stable machine code, the last part of the type")
                String code,
        @Schema(description = "One entry per invalid field, for validation failures")
                List<FieldError> errors,
        @Schema(description = "The referral's status, when an action was refused because of it")
                String currentStatus) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(@NotNull String field, @NotNull String message) {}

    public static Problem of(ProblemType type, String detail) {
        return new Problem(
                type.type(), type.title(), type.status(), detail, type.code(), null, null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        ProblemType type = ProblemType.VALIDATION_FAILED;
        return new Problem(
                type.type(), type.title(), type.status(), detail, type.code(), errors, null);
    }

    /**
     * A client error the HTTP layer raised that the API has no own type for: its status and the
     * standard reason phrase, never the exception's message.
     */
    public static Problem forStatus(int status) {
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        Response.StatusType known = Response.Status.fromStatusCode(status);
        String reason = known != null ? known.getReasonPhrase() : family.name().replace('_', ' ');
        String code = "http-" + status;
        return new Problem(
                URI.create(ProblemType.TYPE_PREFIX + code),
                reason,
                status,
                reason,
                code,
                null,
                null);
    }

    public Problem withCurrentStatus(String status) {
        return new Problem(type, title, this.status, detail, code, errors, status);
    }
}
