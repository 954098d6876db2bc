package org.socialprescribing.common.web;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.socialprescribing.common.error.Problem;
import org.socialprescribing.common.error.ProblemType;

/**
 * Refuses a declared body larger than the limit before it is read, with problem+json. (The HTTP
 * layer's own limit, set higher, stops bodies that do not declare their length.)
 */
@ApplicationScoped
public class BodySizeGuard {
    private final long maxBodyBytes;

    public BodySizeGuard(
            @ConfigProperty(name = "sp.http.max-body-bytes", defaultValue = "262144")
                    long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    void install(@Observes Router router) {
        router.route()
                // After any feature's own guard for its paths (which states the error its way).
                .order(Integer.MIN_VALUE + 1)
                .handler(
                        ctx -> {
                            String length = ctx.request().getHeader("Content-Length");
                            if (declaredTooLarge(length)) {
                                Problem problem =
                                        Problem.of(
                                                ProblemType.PAYLOAD_TOO_LARGE,
                                                "The body may be at most "
                                                        + maxBodyBytes
                                                        + " bytes");
                                ctx.response()
                                        .setStatusCode(problem.status())
                                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                                        .putHeader("Connection", "close")
                                        .end(Json.encode(problem));
                                return;
                            }
                            ctx.next();
                        });
    }

    /** Whether a Content-Length header value declares a body over the limit. */
    public boolean declaredTooLarge(String length) {
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
