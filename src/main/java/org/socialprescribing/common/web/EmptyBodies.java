package org.socialprescribing.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request that declares an empty body has no media type to refuse: many HTTP clients label an
 * empty POST {@code application/x-www-form-urlencoded} (curl's {@code -d ''}, REST Assured, HTML
 * forms). Before the operation is chosen, such a request is taken as an empty JSON request, so that
 * a bodiless operation is not answered 415 for a body that is not there. An operation that needs a
 * body still refuses the empty one with 400. (The label is replaced rather than removed: Quarkus
 * REST matches on the original header when a filter removes it.)
 */
public class EmptyBodies {
    @ServerRequestFilter(preMatching = true)
    public void dropTheLabelOfAnEmptyBody(ContainerRequestContext request) {
        if (declaresNoBody(request)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    /** In HTTP/1.1 a request has a body only if it declares a length above 0 or is chunked. */
    private static boolean declaresNoBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") == null
                && (length == null || "0".equals(length.trim()));
    }
}
