package org.socialprescribing.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.socialprescribing.common.error.Problem;
import org.socialprescribing.common.error.ProblemMappers;

/** HTTP errors raised below the API keep their status and never echo the exception's message. */
class ProblemMappersTest {
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void anHttpConflictStaysAConflictWithoutTheRawMessage() {
        Response response = mappers.http(new WebApplicationException("secret detail", 409));

        Problem problem = (Problem) response.getEntity();
        assertEquals(409, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals(409, problem.status());
        assertEquals("http-409", problem.code());
        assertEquals("urn:social-prescribing:problem:http-409", problem.type().toString());
        assertEquals("Conflict", problem.title());
        assertFalse(problem.detail().contains("secret"), problem.detail());
    }

    @Test
    void tooManyRequestsKeepsItsStatus() {
        Response response = mappers.http(new WebApplicationException(429));

        assertEquals(429, response.getStatus());
        assertEquals("http-429", ((Problem) response.getEntity()).code());
    }
}
