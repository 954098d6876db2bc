package org.socialprescribing.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become HTTP: always problem+json, never a stack trace. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors =
                e.getConstraintViolations().stream()
                        .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                        .sorted(Comparator.comparing(Problem.FieldError::field))
                        .collect(Collectors.toList());
        return respond(Problem.invalid(errors.size() + " field(s) are not valid", errors));
    }

    /** Quarkus has its own mapper for this subtype; ours must be at least as specific to win. */
    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e) {
        return unreadableJson((JsonProcessingException) e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? JsonPaths.of(m.getPath()) : null;
        String message =
                e instanceof UnrecognizedPropertyException
                        ? "is not a known property"
                        : "could not be read as the expected type";
        if (field == null || field.isEmpty()) {
            return respond(
                    Problem.of(ProblemType.MALFORMED_REQUEST, "The body is not well-formed JSON"));
        }
        ProblemType type = ProblemType.MALFORMED_REQUEST;
        return respond(
                new Problem(
                        type.type(),
                        type.title(),
                        type.status(),
                        "'" + field + "' " + message,
                        type.code(),
                        List.of(new Problem.FieldError(field, message)),
                        null));
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(
                Problem.of(ProblemType.FORBIDDEN, "Your role does not allow this operation"));
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e) {
        return respond(
                Problem.of(
                        ProblemType.PRECONDITION_FAILED, "The record was changed by someone else"));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 400 ->
                    respond(
                            Problem.of(
                                    ProblemType.MALFORMED_REQUEST,
                                    "The request could not be read"));
            case 401 -> unauthorized();
            case 403 ->
                    respond(
                            Problem.of(
                                    ProblemType.FORBIDDEN,
                                    "Your role does not allow this operation"));
            case 404 ->
                    respond(Problem.of(ProblemType.NOT_FOUND, "There is nothing at this address"));
            case 405 ->
                    respond(
                            Problem.of(
                                    ProblemType.METHOD_NOT_ALLOWED,
                                    "This address does not take that method"));
            case 406 -> respond(Problem.of(ProblemType.NOT_ACCEPTABLE, "Ask for application/json"));
            case 413 ->
                    respond(
                            Problem.of(
                                    ProblemType.PAYLOAD_TOO_LARGE,
                                    "The request body is too large"));
            case 415 ->
                    respond(
                            Problem.of(
                                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                                    "Send the body as application/json"));
            default -> status >= 500 ? internal(e) : respond(Problem.forStatus(status));
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return staleWrite(null);
            }
            if (cause instanceof DomainException domain) {
                return domain(domain);
            }
        }
        return internal(e);
    }

    private Response internal(Throwable e) {
        LOG.error("Unexpected error", e);
        return respond(Problem.of(ProblemType.INTERNAL_ERROR, "The error has been logged"));
    }

    private static Response unauthorized() {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(
                        Problem.of(
                                ProblemType.UNAUTHENTICATED,
                                "Send a valid bearer token from the realm"))
                .build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** "create.request.patient.nhsNumber" becomes "patient.nhsNumber". */
    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
