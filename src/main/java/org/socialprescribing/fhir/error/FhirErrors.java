package org.socialprescribing.fhir.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.socialprescribing.common.error.Problem;
import org.socialprescribing.fhir.format.FhirMedia;

/**
 * Under /fhir every error is an OperationOutcome with the BaRS code: the API's one error mapper
 * still decides what went wrong (so 401 and 403 from the security layer, 404s and malformed bodies
 * are all covered); this filter only restates its problem in FHIR. BaRS's request and correlation
 * ids are mirrored back on every FHIR response.
 */
public class FhirErrors {
    static final String REQUEST_ID = "X-Request-Id";
    static final String CORRELATION_ID = "X-Correlation-Id";

    @ServerExceptionMapper
    public Response fhir(FhirException e) {
        return Response.status(e.status())
                .type(FhirMedia.FHIR_JSON)
                .entity(BarsOutcomes.of(e.status(), e.issues()))
                .build();
    }

    @ServerResponseFilter
    public void restate(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isFhir(request)) {
            return;
        }
        mirror(request, response, REQUEST_ID);
        mirror(request, response, CORRELATION_ID);
        if (response.getEntity() instanceof Problem problem) {
            response.setStatus(BarsOutcomes.status(problem));
            response.setEntity(
                    BarsOutcomes.of(problem),
                    new Annotation[0],
                    MediaType.valueOf(FhirMedia.FHIR_JSON));
        }
    }

    private static boolean isFhir(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.equals("/fhir") || path.startsWith("/fhir/");
    }

    /** Only what could be an id is echoed: never a header value that could split a response. */
    static boolean isPlainId(String value) {
        return value != null
                && !value.isEmpty()
                && value.length() <= 200
                && value.chars().allMatch(c -> c > ' ' && c < 127);
    }

    private static void mirror(
            ContainerRequestContext request, ContainerResponseContext response, String header) {
        String value = request.getHeaderString(header);
        if (isPlainId(value) && !response.getHeaders().containsKey(header)) {
            response.getHeaders().putSingle(header, value);
        }
    }
}
